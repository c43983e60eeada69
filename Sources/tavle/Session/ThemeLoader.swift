import Glibc
import TavleCore
import TavleKits
import TavleScreen

/// Finds a theme by bundled name or by path; a broken theme is reported and the fallback used.
enum ThemeLoader {
    /// The theme to use and, if the wanted one could not be used, why.
    static func load(_ nameOrPath: String?) -> (theme: Theme, problem: String?) {
        let wanted = nameOrPath ?? "standard"
        let text: String
        let label: String
        if let bundled = BundledFiles.themes().first(where: { $0.name == wanted }) {
            text = bundled.text
            label = "themes/\(wanted).theme"
        } else {
            do {
                text = try WorkshopParser.decode(try WorkshopStore.readBytes(wanted))
                label = wanted
            } catch let error as WorkshopStore.ReadError {
                return (.fallback, error.description)
            } catch {
                return (.fallback, "\(wanted):1:1: \(error)")
            }
        }
        do {
            let name = PathName.baseName(of: label)
            return (try Theme.parse(text, name: name), nil)
        } catch {
            return (.fallback, error.located(in: label))
        }
    }
}
