// The receipt's print button (the page works without it: the browser's own print menu prints the same).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function (event) {
    event.preventDefault();
    window.print();
  });
});
