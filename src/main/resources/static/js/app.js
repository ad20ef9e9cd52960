// Taawun: progressive enhancement only; every page works without this file.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-confirm]");
  if (target && !window.confirm(target.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});

// Quick exit (help pages): leave for a neutral site and replace this page in the history, so that the back button
// does not bring it back; the Escape key does the same.
(function () {
  function quickExit(event) {
    var link = document.querySelector("a.quick-exit");
    if (!link) {
      return;
    }
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a.quick-exit")) {
      quickExit(event);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.querySelector("a.quick-exit")) {
      quickExit(event);
    }
  });
})();
