(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var input = document.getElementById("filter");
  var count = document.querySelector(".filter-count");
  var entries = Array.prototype.slice.call(document.querySelectorAll("section.entry"));
  function apply() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (section) {
      var words = section.getAttribute("data-filter") || "";
      var match = terms.every(function (term) { return words.indexOf(term) !== -1; });
      section.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = terms.length === 0 ? "" :
      shown === 0 ? "no entry matches" : shown + " of " + entries.length;
  }
  input.addEventListener("input", apply);
  input.addEventListener("search", apply);
  apply();
}());
