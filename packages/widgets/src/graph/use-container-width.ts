import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's border-box width in px, followed as it resizes; null until measured (never, where
 * layout is missing, as in jsdom).
 */
export function useContainerWidth(element: RefObject<HTMLElement | null>, enabled: boolean): number | null {
  return useContainerSize(element, enabled)?.width ?? null;
}

/** The element's border-box size in px, followed as it resizes; null until measured. */
export function useContainerSize(
  element: RefObject<HTMLElement | null>,
  enabled: boolean,
): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = element.current;
    if (!enabled || el === null) return undefined;
    const measure = () => {
      const box = el.getBoundingClientRect();
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w <= 0) return;
      setSize((current) =>
        current !== null && Math.abs(current.width - w) < 2 && Math.abs(current.height - h) < 2
          ? current
          : { width: w, height: h },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [element, enabled]);
  return size;
}
