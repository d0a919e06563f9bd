/**
 * The header's navigation scrolls sideways on a phone (global.css). Chromium scrolls a focused element into view only
 * when none of it is visible, so a link half past the edge kept its focus ring cut and its label hidden: a focused
 * link is brought wholly into view, clear of the row's scroll arrows (the nav's scroll-padding).
 */
document.querySelector('.main-nav')?.addEventListener('focusin', (event) => {
  if (event.target instanceof Element) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
});
