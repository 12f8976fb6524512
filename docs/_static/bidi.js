/*
 * Arabic inside left-to-right text: keep each Arabic run from reordering what
 * stands next to it.
 *
 * By the Unicode bidi algorithm, digits that follow Arabic letters (with only
 * quotes, commas or spaces between) are laid out right to left with them, so
 * ('استدعت', '2024-10-21') shows its date as 21-10-2024. Wrapping every Arabic
 * run in <bdi dir="rtl"> isolates it: the run reads right to left, as Arabic
 * should, and the code around it keeps its order. A run may hold digits between
 * Arabic words (8 ذي الحجة 1445هـ, يونيو (حزيران) 2024). Only the display changes;
 * the text, and so copy and paste, stays as it is.
 */
(function () {
  "use strict";
  const AR = "[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]+";
  const NUM = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+";
  const SEP = "[ \\u00A0/().:\\-\\u2013]";
  // Digits join a run only as a whole number: not the tail of 1445-11-29.
  const EDGE = "[\\w\\-/.:]";
  const RUN = new RegExp(
    `(?:(?<!${EDGE})${NUM}${SEP}*)?${AR}(?:${SEP}*(?:${NUM}${SEP}*)?${AR})*` +
      `(?:${SEP}+${NUM}(?!${EDGE}))?`,
    "g"
  );
  const HAS_ARABIC = new RegExp(AR);

  function isolate(node) {
    const text = node.nodeValue;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(RUN)) {
      if (match.index > last) {
        parts.appendChild(document.createTextNode(text.slice(last, match.index)));
      }
      const bdi = document.createElement("bdi");
      bdi.dir = "rtl";
      bdi.textContent = match[0];
      parts.appendChild(bdi);
      last = match.index + match[0].length;
    }
    if (last < text.length) {
      parts.appendChild(document.createTextNode(text.slice(last)));
    }
    node.parentNode.replaceChild(parts, node);
  }

  function run() {
    const root = document.querySelector("article") || document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentNode;
        if (!parent || parent.closest("bdi, script, style, textarea")) {
          return NodeFilter.FILTER_REJECT;
        }
        return HAS_ARABIC.test(node.nodeValue) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    const nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    nodes.forEach(isolate);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
