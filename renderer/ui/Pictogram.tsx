/**
 * Pictograms are drawn as files under assets/pictograms/<name>.svg, served as the PNG the
 * build draws from each (pictogram-masks.ts); a missing one gets a neutral shape.
 */
const files = import.meta.glob<string>('../assets/pictograms/*.svg', {
  eager: true,
  query: '?mask',
  import: 'default',
});

const byName = new Map(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

/**
 * Decorative: the service or category name is always written next to it. The file is the
 * mask of a box filled with the text colour, so the pictogram follows high contrast as
 * text does (an <img> would draw the file's own colours).
 */
export function Pictogram({ name, size = 'large' }: { name: string; size?: 'large' | 'small' }) {
  const url = byName.get(name);
  const className = `pictogram pictogram-${size}`;
  if (url) {
    return (
      <span className={className} style={{ maskImage: `url("${url}")` }} aria-hidden="true" data-pictogram={name} />
    );
  }
  return (
    <svg className={`${className} pictogram-fallback`} viewBox="0 0 64 64" aria-hidden="true" data-pictogram={name}>
      <rect x="8" y="8" width="48" height="48" rx="12" fill="none" stroke="currentColor" strokeWidth="4" />
      <circle cx="32" cy="32" r="8" fill="currentColor" />
    </svg>
  );
}
