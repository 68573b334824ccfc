/** A grey placeholder of the final size, so nothing moves when the data arrives. */
export function Skeleton({ height, width = '100%', label }: { height: number | string; width?: number | string; label?: string }) {
  return <div className="skeleton" style={{ height, width }} aria-hidden={label ? undefined : true} aria-label={label} role={label ? 'progressbar' : undefined} />;
}
