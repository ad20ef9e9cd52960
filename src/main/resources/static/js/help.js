// The chat page /help: keeps the newest message in view and the cursor in the text box after htmx swaps the
// conversation; Enter sends, Shift+Enter starts a new line. The quick exit lives in app.js. Nothing is stored in the
// browser: htmx notes the page's path in sessionStorage when it loads, and this file removes it at once (the page
// never adds to the history, so htmx needs it not). The page works without this file.
(function () {
  function forgetPath() {
    try {
      window.sessionStorage.removeItem("htmx-current-path-for-history");
    } catch (e) {
      // Storage refused by the browser: nothing was stored either.
    }
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

  document.addEventListener("DOMContentLoaded", showLast);
  document.addEventListener("htmx:afterSettle", function () {
    forgetPath();
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
