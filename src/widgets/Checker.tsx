/** 政策匹配 (placeholder until evaluate() lands in src/rules/). */
export default function Checker(_props: { officialWords: Record<string, string> }) {
  return <p>政策匹配正在准备中。</p>;
}
