// Evaluated in a loaded page by PagesInBrowserTest: what a reader would see go wrong.
// Returns the page's width against the viewport, the widest elements when it scrolls sideways,
// and visible text that still reads as Markdown source (links, bold, headings).
(() => {
  const skipped = new Set(['SCRIPT', 'STYLE', 'PRE', 'CODE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
  const hidden = e => {
    for (let x = e; x; x = x.parentElement) {
      if (skipped.has(x.tagName)) return true;
    }
    return e.getClientRects().length === 0;
  };
  const markdown = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.nodeValue;
    if (/\]\(|\*\*|^\s*#{1,6} \S/.test(text) && !hidden(node.parentElement)) {
      markdown.push(text.trim().slice(0, 120));
    }
  }
  const viewport = document.documentElement.clientWidth;
  const describe = e =>
    e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
    ' right=' + Math.round(e.getBoundingClientRect().right);
  const wide = [];
  if (document.documentElement.scrollWidth > window.innerWidth) {
    for (const e of document.body.querySelectorAll('*')) {
      const parentWide = e.parentElement && e.parentElement.getBoundingClientRect().right > viewport + 1;
      if (e.getBoundingClientRect().right > viewport + 1 && !parentWide) wide.push(describe(e));
      if (wide.length >= 5) break;
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide,
    markdown: markdown.slice(0, 5),
    title: document.title
  };
})()
