/**
 * What a reader sees, as data: the layout checks of tests/browser/layout.test.ts.
 * Each check runs in the page and returns Dutch problem lines (empty when the page is
 * fine); tests/browser/guards.test.ts feeds broken fixtures to each, so none can pass silently.
 *
 * The page code is a plain JavaScript string, evaluated like axe-core in audit.ts: a
 * function compiled by the test runner could carry helpers the page does not have.
 */
import type {Page} from 'playwright-core';

/** Ink (text, images, visible boxes) of two header items must be at least this far apart. */
export const MIN_GAP_PX = 4;

const PROBE = String.raw`(() => {
  if (window.__layoutProbe) return;
  const EPS = 1;

  /** The visually-hidden pattern: a box of a pixel or two that clips its text, for screen readers only. */
  const srOnly = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width > 2 && r.height > 2) return false;
    const s = getComputedStyle(el);
    return s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clipPath !== 'none' || (s.clip !== '' && s.clip !== 'auto');
  };
  const visible = (el) => {
    if (!(el instanceof Element)) return false;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
    for (let a = el; a; a = a.parentElement) if (srOnly(a)) return false;
    return true;
  };

  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('alt') || '').replace(/\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    return tag + cls + (text ? ' "' + text.slice(0, 40) + '"' : '');
  };

  const box = (r) => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
  const union = (a, b) => (a ? {left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom)} : b);
  const intersect = (a, b) => ({left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom)});
  const empty = (b) => b.right - b.left <= 0.5 || b.bottom - b.top <= 0.5;
  const fmt = (b) => '[' + Math.round(b.left) + ',' + Math.round(b.top) + ' ' + Math.round(b.right - b.left) + 'x' + Math.round(b.bottom - b.top) + ']';

  /** Rectangles of the visible text directly and deeper inside el, cut to ancestors that clip. */
  const textRects = (el, clipTo) => {
    const rects = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || !visible(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        let b = box(r);
        for (let a = node.parentElement; a && a !== clipTo; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clipPath !== 'none') b = intersect(b, box(a.getBoundingClientRect()));
        }
        if (!empty(b)) rects.push(b);
      }
    }
    return rects;
  };

  /** What of el a reader sees: text, pictures, and its own box if it has a border or background. */
  const ink = (el) => {
    let b = null;
    for (const r of textRects(el, el.parentElement)) b = union(b, r);
    for (const pic of el.querySelectorAll('img, svg')) if (visible(pic)) b = union(b, box(pic.getBoundingClientRect()));
    if (el.matches('img, svg')) b = union(b, box(el.getBoundingClientRect()));
    const s = getComputedStyle(el);
    const painted = parseColor(s.backgroundColor)[3] > 0 || (parseFloat(s.borderLeftWidth) > 0 && s.borderLeftStyle !== 'none' && parseColor(s.borderLeftColor)[3] > 0);
    if (painted) b = union(b, box(el.getBoundingClientRect()));
    return b;
  };

  const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  /** Any CSS colour as [r, g, b, a] (0-255, alpha 0-1): the canvas parses what CSS parses. */
  const parseColor = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = (c) => {
    const ch = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

  window.__layoutProbe = {
    horizontalScroll() {
      const doc = document.documentElement;
      const width = doc.clientWidth;
      if (doc.scrollWidth <= width + EPS) return [];
      const culprits = [];
      const all = document.body.querySelectorAll('*');
      outer: for (const el of all) {
        const r = el.getBoundingClientRect();
        if (r.right <= width + EPS || r.width === 0) continue;
        for (const c of culprits) if (c.contains(el)) continue outer;
        // Fixed boxes (the skip link waiting off-screen) never widen the page.
        for (let a = el; a; a = a.parentElement) if (getComputedStyle(a).position === 'fixed') continue outer;
        // Inside a box that scrolls or clips, it cannot widen the page.
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= width + EPS) continue outer;
        }
        culprits.push(el);
        if (culprits.length === 3) break;
      }
      return ['horizontaal scrollen: pagina is ' + doc.scrollWidth + ' px breed bij een venster van ' + width + ' px' +
        (culprits.length ? ' (te breed: ' + culprits.map((c) => describe(c) + ' tot x=' + Math.round(c.getBoundingClientRect().right)).join('; ') + ')' : '')];
    },

    headerCollisions(headerSelector, minGap) {
      const header = document.querySelector(headerSelector);
      if (!header || !visible(header)) return ['geen zichtbare kopbalk (' + headerSelector + ')'];
      const headerBox = box(header.getBoundingClientRect());
      const width = document.documentElement.clientWidth;
      // Top-most interactive elements, plus text and pictures that sit outside them.
      const items = [...header.querySelectorAll(INTERACTIVE + ', img, svg, .navbar__title')]
        .filter((el) => visible(el) && !el.parentElement.closest(INTERACTIVE))
        .filter((el, i, all) => !all.some((o, j) => j !== i && o.contains(el) && o !== el))
        .map((el) => ({el, ink: ink(el)}))
        .filter((it) => it.ink)
        // Where a click lands: the element's box and whatever of it spills out.
        .map((it) => ({...it, hit: it.el.matches(INTERACTIVE) ? union(box(it.el.getBoundingClientRect()), it.ink) : null}));
      const problems = [];
      for (const it of items) {
        const b = it.ink;
        if (b.left < -EPS || b.right > width + EPS || b.top < headerBox.top - EPS || b.bottom > headerBox.bottom + EPS) {
          problems.push('buiten de kopbalk: ' + describe(it.el) + ' ' + fmt(b) + ', kopbalk ' + fmt(headerBox) + ', venster ' + width + ' px');
        }
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i], b = items[j];
          const gapX = Math.max(b.ink.left - a.ink.right, a.ink.left - b.ink.right);
          const gapY = Math.max(b.ink.top - a.ink.bottom, a.ink.top - b.ink.bottom);
          const gap = Math.max(gapX, gapY);
          if (gap < minGap) {
            problems.push((gap < 0 ? 'over elkaar' : 'raken elkaar (' + gap.toFixed(1) + ' px)') + ': ' + describe(a.el) + ' ' + fmt(a.ink) + ' en ' + describe(b.el) + ' ' + fmt(b.ink));
            continue;
          }
          if (a.hit && b.hit) {
            const overlap = intersect(a.hit, b.hit);
            if (overlap.right - overlap.left > EPS && overlap.bottom - overlap.top > EPS) {
              problems.push('klikvlakken over elkaar: ' + describe(a.el) + ' ' + fmt(a.hit) + ' en ' + describe(b.el) + ' ' + fmt(b.hit));
            }
          }
        }
      }
      return problems;
    },

    clippedText(selector) {
      const problems = [];
      for (const el of document.querySelectorAll(selector)) {
        if (!visible(el)) continue;
        const s = getComputedStyle(el);
        const own = box(el.getBoundingClientRect());
        const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
        if (clips && (el.scrollWidth > el.clientWidth + EPS || el.scrollHeight > el.clientHeight + EPS)) {
          problems.push('tekst afgesneden in ' + describe(el) + ': inhoud ' + el.scrollWidth + 'x' + el.scrollHeight + ' px in ' + el.clientWidth + 'x' + el.clientHeight + ' px');
          continue;
        }
        for (const r of textRects(el, el)) {
          if (r.left < own.left - EPS || r.right > own.right + EPS || r.top < own.top - EPS || r.bottom > own.bottom + EPS) {
            problems.push('tekst steekt uit ' + describe(el) + ': tekst ' + fmt(r) + ', knop ' + fmt(own));
            break;
          }
        }
      }
      return problems;
    },

    brokenWords(selector) {
      // A word drawn on two lines without a hyphen: the browser cut it because its box is too
      // narrow. Debian's Chromium has no hyphenation dictionaries (component updates are off),
      // so here every split is such a cut.
      const problems = [];
      for (const root of document.querySelectorAll(selector)) {
        if (!visible(root)) continue;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.data.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) problems.push('woord afgebroken in ' + describe(node.parentElement) + ': "' + m[0] + '"');
          }
        }
      }
      return problems;
    },

    overlay(selector, name) {
      const roots = [...document.querySelectorAll(selector)].filter(visible);
      if (roots.length === 0) return [name + ': niet open of niet zichtbaar (' + selector + ')'];
      const problems = [];
      const width = document.documentElement.clientWidth;
      for (const root of roots) {
        let opacity = 1;
        for (let a = root; a; a = a.parentElement) opacity *= parseFloat(getComputedStyle(a).opacity);
        if (opacity < 1) problems.push(name + ': doorschijnend (opacity ' + opacity.toFixed(2) + ')');
        const bg = parseColor(getComputedStyle(root).backgroundColor);
        if (bg[3] < 1) {
          problems.push(name + ': achtergrond niet dekkend (' + getComputedStyle(root).backgroundColor + '): de pagina schijnt erdoorheen');
        }
        const r = box(root.getBoundingClientRect());
        if (r.left < -EPS || r.right > width + EPS) problems.push(name + ': valt buiten het venster ' + fmt(r) + ', venster ' + width + ' px');
        // Text against the background it is drawn on, up to the overlay itself.
        const seen = new Set();
        const low = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!node.data.trim() || seen.has(el) || !visible(el)) continue;
          seen.add(el);
          const layers = [];
          for (let a = el; a; a = a.parentElement) {
            layers.push(parseColor(getComputedStyle(a).backgroundColor));
            if (a === root) break;
          }
          let back = [0, 0, 0, 0];
          for (let i = layers.length - 1; i >= 0; i--) back = over(layers[i], back);
          // Whatever shows through a see-through overlay is unknown: count it as the worst case, page white or black.
          const behind = [[255, 255, 255, 1], [0, 0, 0, 1]];
          const s = getComputedStyle(el);
          let textOpacity = 1;
          for (let a = el; a && a !== root; a = a.parentElement) textOpacity *= parseFloat(getComputedStyle(a).opacity);
          const fg0 = parseColor(s.color);
          let worst = Infinity;
          for (const page of behind) {
            const b = over(back, page);
            const fg = over([fg0[0], fg0[1], fg0[2], fg0[3] * textOpacity], b);
            worst = Math.min(worst, contrast(fg, b));
          }
          const size = parseFloat(s.fontSize);
          const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
          const need = large ? 3 : 4.5;
          if (worst < need) low.push({ratio: worst, need, text: node.data.trim().slice(0, 40), color: s.color});
        }
        // One line per overlay: its worst text and how many more fall short.
        if (low.length) {
          low.sort((a, b) => a.ratio - b.ratio);
          const w = low[0];
          problems.push(name + ': te weinig contrast in ' + low.length + ' tekst(en), slechtst ' + w.ratio.toFixed(2) + ':1 (nodig ' + w.need + ':1) voor "' + w.text + '" (' + w.color + ')');
        }
      }
      return problems;
    },
  };
})()`;

async function probe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** The page scrolls sideways: something is wider than the window. */
export async function horizontalScroll(page: Page): Promise<string[]> {
  await probe(page);
  return (await page.evaluate('window.__layoutProbe.horizontalScroll()')) as string[];
}

/**
 * Links, buttons, the logo and the site title in the header: each inside the header and
 * the window, their ink at least MIN_GAP_PX apart, and their click areas not overlapping.
 */
export async function headerCollisions(page: Page, header = 'nav.navbar', minGap = MIN_GAP_PX): Promise<string[]> {
  await probe(page);
  return (await page.evaluate(
    `window.__layoutProbe.headerCollisions(${JSON.stringify(header)}, ${minGap})`,
  )) as string[];
}

/** What the suite counts as a button: text that must fit in its box. */
export const BUTTONS =
  'button, [role="button"], .button, input[type="submit"], input[type="button"], .navbar__link, .dropdown__link, .pagination-nav__link';

/** Text cut off inside a button (it scrolls or is clipped) or running out of it. */
export async function clippedText(page: Page, selector = BUTTONS): Promise<string[]> {
  await probe(page);
  return (await page.evaluate(`window.__layoutProbe.clippedText(${JSON.stringify(selector)})`)) as string[];
}

/** Words cut over two lines without a hyphen inside `selector` (a column too narrow for them). */
export async function brokenWords(page: Page, selector: string): Promise<string[]> {
  await probe(page);
  return (await page.evaluate(`window.__layoutProbe.brokenWords(${JSON.stringify(selector)})`)) as string[];
}

/**
 * An overlay (dialog, tooltip, menu) that is open: opaque background, not see-through,
 * inside the window, and every text in it with AA contrast against what it is drawn on.
 */
export async function overlayProblems(page: Page, selector: string, name: string): Promise<string[]> {
  await probe(page);
  return (await page.evaluate(
    `window.__layoutProbe.overlay(${JSON.stringify(selector)}, ${JSON.stringify(name)})`,
  )) as string[];
}

/** Two animation frames: the layout after a resize or a click has been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}
