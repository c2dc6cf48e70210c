// Picks the browser's time zone in a zone list that still shows the server's default
// (select[data-guess-zone]); without this script the list simply starts at UTC.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) return;
  document.querySelectorAll('select[data-guess-zone]').forEach(function (select) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) { select.value = zone; return; }
    }
  });
})();
