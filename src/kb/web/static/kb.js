/* kb: a little progressive enhancement. Every page works without this file.
   - filter and sort changes are sent at once (the "Använd filter" buttons then hide);
   - after such a reload, focus returns to the control that was changed;
   - a facet's filter box narrows its list while typing;
   - empty fields are left out of the URL, so shared links stay short;
   - "Kopiera länk" buttons copy to the clipboard. */
(function () {
  "use strict";
  var FOCUS_KEY = "kb-focus";
  document.documentElement.classList.add("js");

  function announce(text) {
    var region = document.getElementById("kb-announce");
    if (!region) {
      region = document.createElement("div");
      region.id = "kb-announce";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      document.body.appendChild(region);
    }
    region.textContent = text;
  }

  // Leave empty fields out of the submitted URL; undone on return (back/forward cache).
  function dropEmptyFields(form) {
    form.querySelectorAll("input[name], select[name]").forEach(function (field) {
      if (field.value === "" && !field.disabled) {
        field.disabled = true;
        field.setAttribute("data-kb-dropped", "");
      }
    });
  }
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("[data-kb-dropped]").forEach(function (field) {
      field.disabled = false;
      field.removeAttribute("data-kb-dropped");
    });
  });

  document.querySelectorAll("form[method=get]").forEach(function (form) {
    form.addEventListener("submit", function () { dropEmptyFields(form); });
  });

  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (!field.matches("input[type=checkbox], select")) return;
      if (field.id) {
        try { sessionStorage.setItem(FOCUS_KEY, field.id); } catch (e) { /* storage off */ }
      }
      announce("Uppdaterar träffarna …");
      if (form.requestSubmit) { form.requestSubmit(); } else { dropEmptyFields(form); form.submit(); }
    });
  });

  // Give focus back to the checkbox or list that caused the reload.
  var focusId = null;
  try {
    focusId = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
  } catch (e) { /* storage off */ }
  if (focusId) {
    var target = document.getElementById(focusId);
    if (target) {
      var details = target.closest("details");
      if (details) details.open = true;
      target.focus();
    }
  }

  document.querySelectorAll("[data-facet-find]").forEach(function (input) {
    var fieldset = input.closest("fieldset");
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      var shown = 0;
      fieldset.querySelectorAll("li.facet-value").forEach(function (item) {
        var box = item.querySelector("input");
        var keep = !needle || item.getAttribute("data-label").indexOf(needle) !== -1 || box.checked;
        item.hidden = !keep;
        if (keep) shown += 1;
      });
      var details = fieldset.querySelector("details");
      if (details && needle) details.open = true;
      announce(shown + (shown === 1 ? " värde visas" : " värden visas"));
    });
  });

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        announce("Länken är kopierad.");
        var label = button.textContent;
        button.textContent = "Kopierad ✓";
        window.setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
})();
