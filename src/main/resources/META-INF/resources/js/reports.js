// Says that the workbook is being prepared while the browser waits for it; the download then
// starts by itself. Works without this script too: the form is a plain GET.
document.querySelectorAll('form.reports').forEach(function (form) {
  form.addEventListener('submit', function () {
    var status = form.querySelector('.preparing');
    status.textContent = form.getAttribute('data-preparing');
    status.hidden = false;
    setTimeout(function () { status.hidden = true; }, 15000);
  });
});
