// Opens a diary thumbnail's full screenshot in a modal <dialog> instead of leaving the page.
// Without JavaScript the thumbnail stays a link to the segment's own page. The native dialog
// gives Escape-to-close, a focus trap and focus back to the thumbnail on close.
(function () {
  "use strict";
  let opener = null;

  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a.thumb[data-full]");
    const dialog = document.getElementById("lightbox");
    if (!link || !dialog || typeof dialog.showModal !== "function") return;
    // A modified click (new tab, new window) keeps its usual meaning.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const img = document.getElementById("lightbox-img");
    img.src = link.getAttribute("data-full");
    img.alt = "Screenshot " + (link.getAttribute("data-caption") || "");
    opener = link;
    dialog.showModal();
    document.getElementById("lightbox-close").focus();
  });

  document.addEventListener("close", function (event) {
    if (event.target.id !== "lightbox") return;
    document.getElementById("lightbox-img").removeAttribute("src");
    if (opener && document.contains(opener)) opener.focus();
    opener = null;
  }, true);

  // A click on the dimmed backdrop (outside the picture) closes it too.
  document.addEventListener("click", function (event) {
    if (event.target.id === "lightbox") event.target.close();
  });
})();
