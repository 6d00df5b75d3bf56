// Copy buttons: a button with data-copy="ID" copies the value of the field ID and
// says so in the status next to it (data-copied holds the text, from the page's
// language). Without JavaScript the button stays hidden and the field's text can be
// selected and copied by hand.
"use strict";
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var field = document.getElementById(button.getAttribute("data-copy"));
  if (!field || !navigator.clipboard) {
    return;
  }
  var status = button.parentNode.querySelector(".copy-status");
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () {
      if (status) {
        status.textContent = button.getAttribute("data-copied");
      }
    }, function () {
      field.select();
    });
  });
});
