(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newskit-data").textContent);
  var panel = document.getElementById("details");
  var marks = Array.prototype.slice.call(document.querySelectorAll(".event-mark"));
  var pinned = null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(mark) {
    var ev = data.events[mark.getAttribute("data-key")];
    if (!ev || !panel) return;
    marks.forEach(function (m) { m.classList.toggle("active", m === mark); });
    panel.textContent = "";
    var facts = [ev.when, ev.type];
    if (ev.modality !== "asserted") facts.push(ev.modality);
    if (ev.polarity === "negative") facts.push("did not happen");
    panel.appendChild(element("p", "when", facts.join(" · ")));
    panel.appendChild(element("h3", "", ev.line));
    var quote = element("blockquote", "sentence");
    var s = ev.sentence, a = ev.trigger[0], b = ev.trigger[1];
    if (a >= 0 && b <= s.length && a <= b) {
      quote.appendChild(document.createTextNode(s.slice(0, a)));
      quote.appendChild(element("mark", "", s.slice(a, b)));
      quote.appendChild(document.createTextNode(s.slice(b)));
    } else {
      quote.textContent = s;
    }
    panel.appendChild(quote);
    panel.appendChild(element("p", "source", "From " + ev.article + ": " + ev.headline));
    if (pinned) panel.appendChild(element("p", "hint", "Pinned: click the mark again or press Escape to release."));
  }

  function reset() {
    marks.forEach(function (m) { m.classList.remove("active", "pinned"); });
    pinned = null;
  }

  marks.forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { if (!pinned) show(mark); });
    mark.addEventListener("focus", function () { if (!pinned) show(mark); });
    mark.addEventListener("click", function () {
      if (pinned === mark) { reset(); show(mark); return; }
      reset();
      pinned = mark;
      mark.classList.add("pinned");
      show(mark);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && pinned) { var was = pinned; reset(); show(was); }
  });
  if (marks.length) show(marks[0]);
})();
