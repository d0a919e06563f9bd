/** What the measure does not say, as the rules module lists it for each result (collapsed: it is long). */
export function NotSaid(props: { items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <details class="calc-notsaid">
      <summary>办法没有写明的事项</summary>
      <ul>
        {props.items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </details>
  );
}
