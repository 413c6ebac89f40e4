(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var input = document.getElementById("filter");
  var count = document.querySelector(".filter-count");
  var entries = Array.prototype.slice.call(document.querySelectorAll("section.entry"));
  // The contents: a link per entry (`data-entry` is the entry's position), and each category
  // with its links and the count its summary shows.
  var links = Array.prototype.slice.call(document.querySelectorAll("#toc li[data-entry]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#toc .toc-group"))
    .map(function (group) {
      var counter = group.querySelector(".toc-count");
      return {
        element: group,
        counter: counter,
        total: counter.textContent,
        links: Array.prototype.slice.call(group.querySelectorAll("li[data-entry]"))
      };
    });
  // Writes `hidden` only when it changes: a large page re-lays out less.
  function show(element, visible) {
    if (element.hidden === visible) { element.hidden = !visible; }
  }
  function apply() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    var matches = entries.map(function (section) {
      var words = section.getAttribute("data-filter") || "";
      var match = terms.every(function (term) { return words.indexOf(term) !== -1; });
      show(section, match);
      if (match) { shown += 1; }
      return match;
    });
    links.forEach(function (link) {
      show(link, matches[Number(link.getAttribute("data-entry"))] === true);
    });
    groups.forEach(function (group) {
      var left = group.links.filter(function (link) { return !link.hidden; }).length;
      show(group.element, left > 0);
      group.counter.textContent = terms.length === 0 ? group.total : left + " of " + group.total;
    });
    count.textContent = terms.length === 0 ? "" :
      shown === 0 ? "no entry matches" : shown + " of " + entries.length;
  }
  // A link to an entry the filter hides (an alias link, or the address bar) clears the filter,
  // then shows the entry.
  function reveal() {
    var target = document.querySelector(":target");
    var entry = target && target.closest("section.entry");
    if (entry && entry.hidden) {
      input.value = "";
      apply();
      target.scrollIntoView();
    }
  }
  input.addEventListener("input", apply);
  input.addEventListener("search", apply);
  window.addEventListener("hashchange", reveal);
  apply();
}());
