import { baseCss } from './base-css.ts';
import { graphCss } from './graph-css.ts';
import { panelsCss } from './panels-css.ts';
import { tokensCss } from './tokens-css.ts';

/** All widget styles as one string: injected into each custom element's shadow root, or once into a page. */
export const widgetCss = [tokensCss, baseCss, graphCss, panelsCss].join('\n');

const STYLE_ID = 'ensemble-widget-styles';

/** Adds the widget styles to a document or shadow root once (React apps using the components directly). */
export function injectWidgetStyles(root: Document | ShadowRoot = document): void {
  if (root.querySelector(`style#${STYLE_ID}`)) return;
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.id = STYLE_ID;
  style.textContent = widgetCss;
  (root instanceof Document ? root.head : root).appendChild(style);
}
