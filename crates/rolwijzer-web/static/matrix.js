// Matrix editor enhancements (optional; the page works without JavaScript).
// Left/right arrows move to the neighbouring cell; Ctrl with up/down moves to the row
// above or below; cells with a role are bold and changed cells get an outline.
// No framework, no inline code.
(function () {
  "use strict";
  var table = document.querySelector("table.matrix.editing");
  if (!table) { return; }
  var hint = document.querySelector(".matrix-js-hint");
  if (hint) { hint.hidden = false; }

  function cellOf(select) {
    var m = /^c-(\d+)-(\d+)$/.exec(select.id);
    return m ? { row: parseInt(m[1], 10), col: parseInt(m[2], 10) } : null;
  }

  function focusCell(row, col) {
    var next = document.getElementById("c-" + row + "-" + col);
    if (next) { next.focus(); return true; }
    return false;
  }

  table.addEventListener("keydown", function (e) {
    var t = e.target;
    if (!t || t.tagName !== "SELECT") { return; }
    var pos = cellOf(t);
    if (!pos || e.altKey || e.metaKey || e.shiftKey) { return; }
    var moved = false;
    if (e.key === "ArrowLeft" && !e.ctrlKey) {
      moved = focusCell(pos.row, pos.col - 1);
    } else if (e.key === "ArrowRight" && !e.ctrlKey) {
      moved = focusCell(pos.row, pos.col + 1);
    } else if (e.key === "ArrowUp" && e.ctrlKey) {
      moved = focusCell(pos.row - 1, pos.col);
    } else if (e.key === "ArrowDown" && e.ctrlKey) {
      moved = focusCell(pos.row + 1, pos.col);
    }
    if (moved) { e.preventDefault(); }
  });

  // Cells with a role stand out; cells changed since the page was loaded get an
  // outline (the chosen letters themselves stay the real signal).
  var selects = table.querySelectorAll("select");
  for (var i = 0; i < selects.length; i++) {
    var s = selects[i];
    s.setAttribute("data-initial", s.value);
    s.classList.toggle("filled", s.value !== "");
  }
  table.addEventListener("change", function (e) {
    var el = e.target;
    if (!el || el.tagName !== "SELECT") { return; }
    el.classList.toggle("changed", el.value !== el.getAttribute("data-initial"));
    el.classList.toggle("filled", el.value !== "");
  });
})();
