// Keyboard help for the matrix (optional; the page works without JavaScript).
// The arrow keys move focus from cell to cell, Home and End to the first and last
// cell of a row. They never change a value: the matrix has no controls in its cells,
// and keys typed in the form of a task are left alone. Written by hand, no library.
(function () {
  "use strict";
  var table = document.querySelector("table.matrix");
  if (!table || !table.tBodies.length) { return; }
  var hint = document.querySelector(".matrix-js-hint");
  if (hint) { hint.hidden = false; }

  // Coming back to a row (after saving its task) may leave the table scrolled
  // sideways, with the findings under the task column that stays in place.
  if (/^#row-/.test(location.hash) && table.parentElement) {
    table.parentElement.scrollLeft = 0;
  }

  function shown(el) { return el.getClientRects().length > 0; }

  function rows() {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (r) {
      return r.classList.contains("task-row") && shown(r);
    });
  }

  function cells(row) {
    return Array.prototype.filter.call(row.cells, shown);
  }

  // A cell is focused through its first link, or itself when it has none.
  function focusCell(cell) {
    var link = cell.querySelector("a[href]");
    if (link) { link.focus(); return; }
    cell.setAttribute("tabindex", "-1");
    cell.focus();
  }

  table.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
    var t = e.target;
    if (!t || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(t.tagName)) { return; }
    var cell = t.closest("td, th");
    var row = cell && cell.parentElement;
    if (!row || !row.classList.contains("task-row")) { return; }
    var all = rows();
    var r = all.indexOf(row);
    var mine = cells(row);
    var c = mine.indexOf(cell);
    if (r < 0 || c < 0) { return; }
    var toRow = r;
    var toCol = c;
    switch (e.key) {
      case "ArrowRight": toCol = c + 1; break;
      case "ArrowLeft": toCol = c - 1; break;
      case "ArrowDown": toRow = r + 1; break;
      case "ArrowUp": toRow = r - 1; break;
      case "Home": toCol = 0; break;
      case "End": toCol = mine.length - 1; break;
      default: return;
    }
    e.preventDefault();
    if (toRow < 0 || toRow >= all.length) { return; }
    var target = cells(all[toRow]);
    if (toCol < 0 || toCol >= target.length) { return; }
    focusCell(target[toCol]);
  });
})();
