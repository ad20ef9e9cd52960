// The chat page /help: keeps the newest message in view and the cursor in the text box after htmx swaps the
// conversation; Enter sends, Shift+Enter starts a new line. The quick exit lives in app.js. Nothing is stored in the
// browser: htmx notes the page's path in sessionStorage when it loads, and this file removes it at once (the page
// never adds to the history, so htmx needs it not). Once a conversation started, the address of this history entry
// becomes the conversation's (replaced, not added), so that Back from the help numbers shows it again, and the quick
// exit and the numbers' links carry it, so that the quick exit erases it. The page works without this file.
(function () {
  function forgetPath() {
    try {
      window.sessionStorage.removeItem("htmx-current-path-for-history");
    } catch (e) {
      // Storage refused by the browser: nothing was stored either.
    }
  }

  function follow() {
    var main = document.querySelector("main.help-chat");
    var token = document.querySelector("#conversation form.compose input[name=t]");
    var lang = document.querySelector("#conversation form.compose input[name=lang]");
    if (!main || !token || !token.value) {
      return;
    }
    var query = "?t=" + encodeURIComponent(token.value);
    var exit = document.querySelector("a.quick-exit");
    var services = document.querySelector("main.help-chat a.services");
    if (exit) {
      exit.href = main.getAttribute("data-exit") + query;
    }
    if (services) {
      services.href = main.getAttribute("data-services") + query;
    }
    window.history.replaceState(null, "", main.getAttribute("data-chat") + query
        + (lang && lang.value ? "&lang=" + encodeURIComponent(lang.value) : ""));
  }

  forgetPath();
  function showLast() {
    var bubbles = document.querySelectorAll("#bubbles .bubble");
    if (bubbles.length) {
      bubbles[bubbles.length - 1].scrollIntoView({ block: "end" });
    }
  }

  function keepFocus() {
    var box = document.querySelector("#conversation textarea");
    if (box && (document.activeElement === null || document.activeElement === document.body)) {
      box.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    follow();
    showLast();
  });
  document.addEventListener("htmx:afterSettle", function () {
    forgetPath();
    follow();
    showLast();
    keepFocus();
  });
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && box.matches("#conversation textarea")) {
      event.preventDefault();
      if (box.value.trim() !== "") {
        box.form.requestSubmit();
      }
    }
  });
})();
