function __tavle_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tavle_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __tavle_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tavle_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __tavle_parse_tokens -S
    set -l unparsed_tokens (__tavle_tokens -pc)
    switch $unparsed_tokens[1]
    case 'tavle'
        __tavle_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'open'
            __tavle_parse_subcommand 1 'theme=' 'read-only' 'lang=' 'room' 'room-address=' 'version' 'h/help'
        case 'view'
            __tavle_parse_subcommand 1 'theme=' 'lang=' 'version' 'h/help'
        case 'kits'
            __tavle_parse_subcommand 0 'lang=' 'version' 'h/help'
        case 'new'
            __tavle_parse_subcommand 2 'lang=' 'version' 'h/help'
        case 'check'
            __tavle_parse_subcommand -r 1 'lang=' 'version' 'h/help'
        case 'actions'
            __tavle_parse_subcommand -r 1 'lang=' 'today=' 'version' 'h/help'
        case 'status'
            __tavle_parse_subcommand -r 1 'lang=' 'json' 'today=' 'version' 'h/help'
        case 'export'
            __tavle_parse_subcommand 1 'format=' 'o/output=' 'separator=' 'bom' 'lang=' 'meeting=' 'version' 'h/help'
        case 'config'
            __tavle_parse_subcommand 0 'lang=' 'commands' 'version' 'h/help'
        case 'replay'
            __tavle_parse_subcommand 1 'lang=' 'keys=' 'size=' 'save' 'today=' 'version' 'h/help'
        case 'help'
            __tavle_parse_subcommand -r 1 'version'
        end
    end
end

function __tavle_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __tavle_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __tavle_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __tavle_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__tavle_tokens -p)
    if test -z "$(__tavle_tokens -t)"
        set -l index (count (__tavle_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'tavle' -f
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'open' -d 'Open a workshop file, or show the start screen when no file is given.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'view' -d 'Follow a workshop read-only: the screen follows the file as the facilitator\'s Tavle saves it.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'kits' -d 'List the kits (guides): your own, then the bundled ones.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'new' -d 'Create a new workshop file from a kit.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'check' -d 'Check kit or workshop files; prints each problem as file:line:col: message.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'actions' -d 'List open action items across workshop files, soonest deadline first.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'status' -d 'Show where each workshop stands: points ticked, questions answered, cards ranked, open and overdue action items.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'export' -d 'Export a workshop as a printable page (html), Markdown, CSV or plain text.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'config' -d 'Show the settings in effect and where each came from.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'replay' -d 'Replay keys against a workshop file and print the resulting screen as text.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_positional "tavle" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" theme' -l 'theme' -d 'A bundled theme\'s name or a theme file\'s path.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" read-only' -l 'read-only' -d 'Open the workshop to look at only; nothing is changed or saved.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" room' -l 'room' -d 'Open the room at once: participants join from their phones on the local network (w opens and closes it later).'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" room-address' -l 'room-address' -d 'The address (and :port) the room listens on; by default the laptop\'s local-network address, port 8080.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle view" theme' -l 'theme' -d 'A bundled theme\'s name or a theme file\'s path.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle view" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle view" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle view" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle kits" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle kits" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle kits" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle new" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle new" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle check" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle check" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle actions" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle actions" today' -l 'today' -d 'Count overdue items from this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle actions" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle actions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle status" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle status" json' -l 'json' -d 'One JSON object per line, for scripts.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle status" today' -l 'today' -d 'Count overdue items from this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle status" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" format' -l 'format' -d 'html, md, csv or txt.' -rfka 'html md csv txt'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" o output' -l 'output' -s 'o' -d 'Where to write: a path, or - for standard output.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" separator' -l 'separator' -d 'CSV field separator: , or ; (spreadsheets set to Danish want ;).' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" bom' -l 'bom' -d 'Start CSV with a byte-order mark, so spreadsheet programs read æ, ø, å right.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" lang' -l 'lang' -d 'The language of the CSV\'s headers and words (point, yes/no): da (the default, like the kits) or en.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" meeting' -l 'meeting' -d 'For a workshop held in several meetings: the minutes of meeting N, or all for every one. Without it: the last meeting held.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle config" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle config" commands' -l 'commands' -d 'List every command a key can be bound to, with its keys now.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle config" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" lang' -l 'lang' -d 'The interface\'s language: da or en. Default: the config file, then the locale.' -rfka 'da en'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" keys' -l 'keys' -d 'The keys to replay: characters as typed, <Enter> <Esc> <Tab> <C-u> <S-Right> <lt> for special keys, <Click X Y> <Press X Y> <Drag X Y> <Release X Y> for the mouse, <Wait N> for N seconds passing.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" size' -l 'size' -d 'Screen size as WIDTHxHEIGHT.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" save' -l 'save' -d 'Write the changes to the file, as the app would.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" today' -l 'today' -d 'Today\'s date as YYYY-MM-DD, for dates and overdue items. Default: the real date.' -rfka ''
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" version' -l 'version' -d 'Show the version.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle replay" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tavle' -n '__tavle_should_offer_completions_for_flags_or_options "tavle help" version' -l 'version' -d 'Show the version.'
