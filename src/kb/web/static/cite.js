/* kb: citing. Every citation is on the page as selectable text; this file adds
   - "Kopiera" buttons (rich text with italics where the browser allows, plain text otherwise);
   - "Mina citat": passage ids kept in localStorage, so a basket survives new searches.
   The basket page itself is server-rendered from the ids in its URL. */
(function () {
  "use strict";
  if (window.kbCite) return; // loaded twice (a page's own tag and a control's): run once
  window.kbCite = true;
  var KEY = "kb-mina-citat";

  function announce(text) {
    var region = document.getElementById("kb-cite-announce");
    if (!region) {
      region = document.createElement("div");
      region.id = "kb-cite-announce";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      document.body.appendChild(region);
    }
    region.textContent = text;
  }

  function load() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string" && id; }) : [];
    } catch (e) { return []; }
  }

  function save(ids) {
    try { localStorage.setItem(KEY, JSON.stringify(ids)); return true; } catch (e) { return false; }
  }

  function basketUrl(ids) {
    var base = document.querySelector("[data-basket-link]");
    var path = base ? base.getAttribute("href").split("?")[0] : "/mina-citat";
    if (!ids.length) return path;
    return path + "?" + ids.map(function (id) { return "id=" + encodeURIComponent(id); }).join("&");
  }

  function refreshLinks() {
    var ids = load();
    document.querySelectorAll("[data-basket-link]").forEach(function (link) {
      link.href = basketUrl(ids);
      link.textContent = "Visa Mina citat (" + ids.length + ")";
    });
    document.querySelectorAll("[data-basket-add]").forEach(function (link) {
      var inside = ids.indexOf(link.getAttribute("data-basket-add")) !== -1;
      link.textContent = inside ? "I Mina citat ✓" : "Lägg i Mina citat";
      link.setAttribute("aria-pressed", inside ? "true" : "false");
    });
  }

  document.addEventListener("click", function (event) {
    var add = event.target.closest("[data-basket-add]");
    if (add) {
      var ids = load();
      var id = add.getAttribute("data-basket-add");
      if (ids.indexOf(id) === -1) ids.push(id);
      if (!save(ids)) return; // storage off: the link opens a basket holding this passage
      event.preventDefault();
      refreshLinks();
      announce("Citatet finns nu i Mina citat (" + ids.length + ").");
      return;
    }
    var remove = event.target.closest("[data-basket-remove]");
    if (remove) {
      var gone = remove.getAttribute("data-basket-remove");
      save(load().filter(function (x) { return x !== gone; }));
      return; // the link itself shows the basket without it
    }
    if (event.target.closest("[data-basket-clear]")) {
      save([]);
      return;
    }
    var copy = event.target.closest("[data-cite-copy]");
    if (copy) copyCitation(copy);
  });

  function copyCitation(button) {
    var holder = button.closest("figure, section, .basket");
    var source = holder && holder.querySelector("[data-cite-text]");
    if (!source) return;
    var html = source.innerHTML, text = source.innerText.trim();
    var done = function () {
      var label = button.innerHTML;
      button.textContent = "Kopierad ✓";
      announce("Referensen är kopierad.");
      window.setTimeout(function () { button.innerHTML = label; }, 2000);
    };
    if (navigator.clipboard && window.ClipboardItem) {
      var item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" })
      });
      navigator.clipboard.write([item]).then(done, function () {
        navigator.clipboard.writeText(text).then(done);
      });
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(done);
    }
  }

  function showCopyButtons(root) {
    root.querySelectorAll("[data-cite-copy]").forEach(function (button) {
      if (navigator.clipboard) button.hidden = false;
    });
  }
  showCopyButtons(document);

  // A hit's "Citera" loads its styles when first opened; the server sends them as escaped HTML.
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function fillStyles(details, data) {
    var box = details.querySelector("[data-cite-styles]");
    var citation = data.citations[0];
    box.textContent = "";
    citation.styles.forEach(function (style) {
      var figure = element("figure", "cite-style");
      figure.appendChild(element("figcaption", "cite-style-name", style.label));
      var reference = element("p", "cite-reference");
      reference.setAttribute("data-cite-text", "");
      reference.innerHTML = style.reference_html;
      figure.appendChild(reference);
      var inText = element("p", "cite-in-text", "I löptexten: ");
      var span = element("span");
      span.innerHTML = style.in_text_html;
      inText.appendChild(span);
      figure.appendChild(inText);
      var button = element("button", "secondary cite-copy", "Kopiera " + style.label);
      button.type = "button";
      button.hidden = true;
      button.setAttribute("data-cite-copy", "");
      figure.appendChild(button);
      box.appendChild(figure);
    });
    if (/^https?:\/\//i.test(citation.source_link || "")) {
      var links = details.querySelector(".cite-links");
      var source = element("a", "external cite-source", "Öppna citatet i originalet");
      source.href = citation.source_link;
      source.rel = "noopener noreferrer";
      links.insertBefore(document.createTextNode(" · "), links.firstChild);
      links.insertBefore(source, links.firstChild);
    }
    showCopyButtons(box);
  }

  document.querySelectorAll("details[data-cite-src]").forEach(function (details) {
    details.addEventListener("toggle", function () {
      if (!details.open || details.hasAttribute("data-cite-loaded")) return;
      details.setAttribute("data-cite-loaded", "");
      fetch(details.getAttribute("data-cite-src"), { headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (data) { fillStyles(details, data); })
        .catch(function () { details.removeAttribute("data-cite-loaded"); }); // the page link still works
    });
  });

  // The basket page: without ids in its URL it shows what this browser collected.
  var page = document.querySelector("[data-basket-page]");
  if (page) {
    var shown = (page.getAttribute("data-basket-ids") || "").split(" ").filter(Boolean);
    var missing = document.querySelector("[data-basket-missing]");
    if (missing) {
      var stale = missing.getAttribute("data-basket-missing").split(" ");
      save(load().filter(function (x) { return stale.indexOf(x) === -1; }));
    }
    var stored = load();
    if (!shown.length && !missing && stored.length && location.search.indexOf("id=") === -1) {
      location.replace(basketUrl(stored));
      return;
    }
  }
  refreshLinks();
})();
