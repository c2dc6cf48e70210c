// Upload progress for the CSV import form when htmx sends it (the plain form works without this).
document.addEventListener('htmx:xhr:progress', function (e) {
  var bar = document.getElementById('upload-progress');
  if (!bar || !e.detail.lengthComputable) return;
  bar.hidden = false;
  bar.value = Math.round(e.detail.loaded * 100 / e.detail.total);
  var text = document.getElementById('upload-progress-text');
  if (text) text.textContent = bar.value === 100 ? 'Uploaded; reading the file…' : 'Uploading… ' + bar.value + ' %';
});
