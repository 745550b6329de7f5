import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's border-box width in px, followed as it resizes; null until measured (never, where
 * layout is missing, as in jsdom).
 */
export function useContainerWidth(element: RefObject<HTMLElement | null>, enabled: boolean): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = element.current;
    if (!enabled || el === null) return undefined;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth((current) => (current !== null && Math.abs(current - w) < 2 ? current : w));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [element, enabled]);
  return width;
}
