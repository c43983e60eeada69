// The participants' page, made live. Without this file the page works as plain forms; with it
// the page follows the projector by itself (Server-Sent Events), forms are sent without a
// page load, and a send that fails on a shaky network is tried again with the same
// submission id, so nothing arrives twice.
"use strict";

const room = document.getElementById("room");
let pending = false;

function typing() {
  const active = document.activeElement;
  return active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA") && active.value !== "";
}

async function refresh(message) {
  if (typing() && !message) { pending = true; return; }
  pending = false;
  try {
    const response = await fetch(location.href, { headers: { Accept: "text/html" }, cache: "no-store" });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const next = page.getElementById("room");
    if (next) room.replaceChildren(...next.childNodes);
    if (message) say(message);
  } catch (error) {
    // Offline for a moment: the event stream reconnects and asks again.
  }
}

function say(text) {
  let notice = room.querySelector("p[role=status]");
  if (!notice) {
    notice = document.createElement("p");
    notice.className = "notice";
    notice.setAttribute("role", "status");
    room.querySelector("h1")?.after(notice);
  }
  notice.textContent = text;
}

async function send(form) {
  const body = new URLSearchParams(new FormData(form));
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const response = await fetch(form.action, { method: "POST", body, headers: { Accept: "application/json" } });
      const answer = await response.json();
      if (response.status === 503 && attempt < 4) { await new Promise((r) => setTimeout(r, 1500)); continue; }
      if (form.action.endsWith("/join") && answer.ok && answer.location) {
        location.assign(answer.location);
        return;
      }
      await refresh(answer.message);
      return;
    } catch (error) {
      await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
    }
  }
  say(document.documentElement.lang === "da" ? "Ingen forbindelse. Prøv igen." : "No connection. Try again.");
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method !== "post") return;
  // The code form leads into the room by a redirect: the browser follows it best itself.
  if (!new URL(form.action).pathname.startsWith("/r/")) return;
  event.preventDefault();
  if (event.submitter && event.submitter.name) {
    const extra = document.createElement("input");
    extra.type = "hidden";
    extra.name = event.submitter.name;
    extra.value = event.submitter.value;
    form.append(extra);
  }
  form.querySelectorAll("button").forEach((button) => { button.disabled = true; });
  send(form);
});

document.addEventListener("focusout", () => { if (pending) setTimeout(() => { if (!typing()) refresh(); }, 0); });

const events = document.body.dataset.events;
if (events) {
  const stream = new EventSource(events);
  let first = true;
  stream.onmessage = () => { if (first) { first = false; return; } refresh(); };
  stream.addEventListener("closed", (event) => {
    stream.close();
    room.querySelectorAll("form").forEach((form) => form.remove());
    say(event.data);
  });
}
