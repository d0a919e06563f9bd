/**
 * 批量测算: a list of 职工, 在校生 or 培训学员 (a .csv or .xlsx file, dropped or chosen, or cells pasted from Excel/WPS)
 * evaluated row by row in a Web Worker (batch-worker.ts), with progress and 取消, the counts that add up, one result
 * row per person with a link to its result in /check/, the rows with errors to correct in place, filters, the totals
 * per benefit, and the downloads. This component imports nothing of the rules: the lists, columns and benefits come
 * as props written at build time (pages/batch/index.astro from columns.ts), so the page's own script stays small.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { articlePath } from '../../rules';
import type { BenefitTotal, ListCounts, RowResult } from './evaluate-row';
import type { FromWorker, ToWorker } from './protocol';
import { MAX_FILE_BYTES, TOO_BIG_MESSAGE } from './limits';

export interface BatchList {
  id: 'staff' | 'students' | 'trainees';
  label: string;
  who: string;
}

export interface BatchPageProps {
  lists: BatchList[];
  benefits: { id: string; title: string; article: number }[];
  statusLabels: { e: string; c: string; x: string };
  siteVersion: string;
  buildDate: string;
  /** A file dropped before this code had arrived (batch-loader.ts); absent when server-rendering. */
  earlyFile?: File | undefined;
}

type Phase = 'idle' | 'running' | 'done' | 'refused';
type Verdict = 'all' | 'e' | 'c' | 'x' | 'errors';

/** Rows shown per page of the results table. */
const PAGE_SIZE = 50;

const yuan = (n: number) => `${n.toLocaleString('zh-CN')}元`;
const dateText = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The worker, started on the first file, paste or download (its code and the libraries load then). */
function startWorker(): Worker {
  return new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module', name: 'batch' });
}

function download(name: string, mime: string, bytes: ArrayBuffer) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function matches(r: RowResult, verdict: Verdict, benefit: number): boolean {
  if (verdict === 'errors') return r.errors.length > 0;
  if (r.errors.length > 0) return verdict === 'all' && benefit < 0;
  if (benefit >= 0) return verdict === 'all' ? r.verdicts[benefit] !== 'x' : r.verdicts[benefit] === verdict;
  if (verdict === 'all') return true;
  return r.counts[verdict === 'e' ? 0 : verdict === 'c' ? 1 : 2] > 0;
}

export default function BatchPage(props: BatchPageProps) {
  const worker = useRef<Worker | null>(null);
  const [list, setList] = useState<BatchList['id']>('staff');
  const [phase, setPhase] = useState<Phase>('idle');
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [info, setInfo] = useState<Extract<FromWorker, { type: 'started' }> | null>(null);
  const [rows, setRows] = useState<RowResult[]>([]);
  const [counts, setCounts] = useState<ListCounts | null>(null);
  const [totals, setTotals] = useState<BenefitTotal[]>([]);
  const [cancelled, setCancelled] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>('all');
  const [benefit, setBenefit] = useState(-1);
  const [page, setPage] = useState(0);
  const [dragging, setDragging] = useState(false);
  const pending = useRef<RowResult[]>([]);

  const send = (m: ToWorker, transfer: Transferable[] = []) => {
    if (worker.current === null) {
      const w = startWorker();
      w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
      w.onerror = () => {
        setPhase('refused');
        setMessage('处理名单时出错。请刷新页面后重试；如果仍然出错，请把文件另存为 .csv 再试。');
      };
      worker.current = w;
    }
    worker.current.postMessage(m, transfer);
  };

  const receive = (m: FromWorker) => {
    switch (m.type) {
      case 'refused':
        setPhase('refused');
        setMessage(m.message);
        break;
      case 'started':
        pending.current = [];
        setInfo(m);
        setRows([]);
        setProgress({ done: 0, total: m.total });
        break;
      case 'rows':
        pending.current.push(...m.rows);
        setProgress({ done: m.done, total: m.total });
        break;
      case 'finished':
        setRows(pending.current);
        setCounts(m.counts);
        setTotals(m.totals);
        setCancelled(m.cancelled);
        setPhase('done');
        break;
      case 'fixed':
        setRows((old) => old.map((r) => (r.index === m.row.index ? m.row : r)));
        setCounts(m.counts);
        setTotals(m.totals);
        break;
      case 'file-out':
        download(m.name, m.mime, m.bytes);
        break;
    }
  };

  const [live, setLive] = useState(false);
  useEffect(() => {
    // hydrated: the buttons work (tests wait for data-live)
    setLive(true);
    if (props.earlyFile !== undefined) void chooseFile(props.earlyFile);
    return () => worker.current?.terminate();
  }, []);

  const begin = () => {
    setPhase('running');
    setMessage('');
    setCounts(null);
    setVerdict('all');
    setBenefit(-1);
    setPage(0);
    setCancelled(false);
  };

  const chooseFile = async (file: File | undefined) => {
    if (file === undefined) return;
    // refused before a byte is read: the worker checks again, for pasted text and files alike
    if (file.size > MAX_FILE_BYTES) {
      setPhase('refused');
      setMessage(TOO_BIG_MESSAGE);
      return;
    }
    begin();
    const bytes = await file.arrayBuffer();
    send({ type: 'file', name: file.name, bytes }, [bytes]);
  };

  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const evaluatePaste = () => {
    const text = pasteRef.current?.value ?? '';
    if (text.trim() === '') {
      setPhase('refused');
      setMessage('粘贴框是空的：请先从 Excel 或 WPS 复制名单（包括表头一行），再粘贴到框中。');
      return;
    }
    begin();
    send({ type: 'paste', text });
  };

  const current = props.lists.find((l) => l.id === list) ?? props.lists[0]!;
  const shown = rows.filter((r) => matches(r, verdict, benefit));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const errorRows = rows.filter((r) => r.errors.length > 0);
  const withMoney = totals.filter((t) => t.certainYuan + t.confirmYuan > 0 || t.eligible + t.needsConfirmation > 0);

  return (
    <div class="batch" data-phase={phase} data-live={live ? '' : undefined}>
      <section class="batch-input" aria-labelledby="batch-input-h">
        <h2 id="batch-input-h">1. 选择名单类型，下载模板</h2>
        <fieldset class="calc-choices batch-lists">
          <legend>名单类型</legend>
          {props.lists.map((l) => (
            <label class="calc-choice" key={l.id}>
              <input
                type="radio"
                name="batch-list"
                value={l.id}
                checked={list === l.id}
                onChange={() => setList(l.id)}
              />
              <span>
                {l.label}
                <span class="calc-choice-note">{l.who}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p class="batch-actions">
          <button
            type="button"
            class="button secondary"
            onClick={() => send({ type: 'template', list, format: 'xlsx' })}
          >
            下载{current.label}模板（XLSX）
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => send({ type: 'template', list, format: 'csv' })}
          >
            下载{current.label}模板（CSV）
          </button>
        </p>
        <p>
          <a href="#batch-columns-h">每种名单的列和可填写的内容</a>见本页下方。
        </p>

        <h2>2. 选择文件，或粘贴表格</h2>
        <div
          class={`batch-drop${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void chooseFile(e.dataTransfer?.files[0]);
          }}
        >
          <label for="batch-file">选择 .xlsx 或 .csv 文件（也可以把文件拖到这里）</label>
          <input
            id="batch-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => void chooseFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>
        <div class="calc-field batch-paste">
          <label for="batch-paste">或者粘贴表格（在 Excel 或 WPS 中选中名单，包括表头一行，复制后粘贴到这里）</label>
          <textarea id="batch-paste" ref={pasteRef} rows={5} spellcheck={false} />
          <p>
            <button type="button" class="button" onClick={evaluatePaste}>
              测算粘贴的名单
            </button>
          </p>
        </div>
      </section>

      <section class="batch-status" aria-live="polite">
        {phase === 'refused' && (
          <p class="calc-error" role="alert">
            {message}
          </p>
        )}
        {phase === 'running' && (
          <div class="batch-progress">
            <label for="batch-progress">
              已处理 {progress.done} / {progress.total}
            </label>
            <progress id="batch-progress" max={Math.max(1, progress.total)} value={progress.done} />
            <button type="button" class="button secondary" onClick={() => send({ type: 'cancel' })}>
              取消
            </button>
          </div>
        )}
        {phase === 'done' && counts !== null && (
          <div class="batch-counts">
            {cancelled && <p>已取消：下面是取消前已处理的行。</p>}
            <p data-counts>
              共读取 <strong>{counts.read}</strong> 行：已测算 <strong>{counts.evaluated}</strong> 行，填写有误{' '}
              <strong>{counts.withErrors}</strong> 行，跳过 <strong>{counts.skipped}</strong> 行（空行{' '}
              {counts.skippedEmpty}
              、重复的表头 {counts.skippedHeader}、说明行 {counts.skippedNote}）。
            </p>
            {info !== null && (
              <p class="batch-info">
                第{info.headerLine}行是表头，识别的列：{info.columns.join('、')}。
                {info.ignoredHeadings.length > 0 && `未识别、已忽略的列：${info.ignoredHeadings.join('、')}。`}
                {info.encoding === 'gb18030' && '文件编码：GB18030（GBK）。'}
              </p>
            )}
          </div>
        )}
      </section>

      {phase === 'done' && counts !== null && (
        <>
          <section class="batch-totals" aria-labelledby="batch-totals-h">
            <h2 id="batch-totals-h">汇总</h2>
            <p class="batch-print-only">
              测算日期：{info === null ? '' : dateText(info.asOf)}。已测算 {counts.evaluated} 人，填写有误{' '}
              {counts.withErrors} 行。
            </p>
            <div class="batch-scroll">
              <table class="calc-breakdown batch-cards">
                <caption>
                  每项待遇的人数和金额（金额为办法写明的金额之和；“还需确认”的金额是否发放以主管部门认定为准）
                </caption>
                <thead>
                  <tr>
                    <th scope="col">待遇</th>
                    <th scope="col">{props.statusLabels.e}</th>
                    <th scope="col">{props.statusLabels.c}</th>
                    <th scope="col">确定的金额</th>
                    <th scope="col">待确认的金额</th>
                  </tr>
                </thead>
                <tbody>
                  {withMoney.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        {t.title}（<a href={articlePath(t.article)}>第{t.article}条</a>）
                      </th>
                      <td class="num" data-label={props.statusLabels.e}>
                        {t.eligible}人
                      </td>
                      <td class="num" data-label={props.statusLabels.c}>
                        {t.needsConfirmation}人
                      </td>
                      <td class="num" data-label="确定的金额">
                        {yuan(t.certainYuan)}
                      </td>
                      <td class="num" data-label="待确认的金额">
                        {yuan(t.confirmYuan)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="batch-actions">
              <button
                type="button"
                class="button"
                onClick={() =>
                  send({
                    type: 'export',
                    format: 'xlsx',
                    context: {
                      origin: location.origin,
                      siteVersion: props.siteVersion,
                      buildDate: props.buildDate,
                      list,
                    },
                  })
                }
              >
                下载结果（XLSX）
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  send({
                    type: 'export',
                    format: 'csv',
                    context: {
                      origin: location.origin,
                      siteVersion: props.siteVersion,
                      buildDate: props.buildDate,
                      list,
                    },
                  })
                }
              >
                下载结果（CSV）
              </button>
              <button type="button" class="button secondary" onClick={() => window.print()}>
                打印汇总
              </button>
            </p>
          </section>

          {errorRows.length > 0 && (
            <section class="batch-errors" aria-labelledby="batch-errors-h">
              <h2 id="batch-errors-h">填写有误的行（{errorRows.length}）</h2>
              <p>这些行没有测算。改正后按“重新测算这一行”；改正只在本页，不会改动您的文件。</p>
              <ul>
                {errorRows.slice(0, PAGE_SIZE).map((r) => (
                  <li key={r.index} data-line={r.line}>
                    {r.errors.map((e) => (
                      <form
                        key={e.key}
                        class="batch-fix"
                        onSubmit={(ev) => {
                          ev.preventDefault();
                          const input = (ev.currentTarget as HTMLFormElement).elements.namedItem(
                            'v',
                          ) as HTMLInputElement;
                          send({ type: 'fix', index: r.index, key: e.key, value: input.value });
                        }}
                      >
                        <label for={`fix-${r.index}-${e.key}`}>
                          第{r.line}行{r.name && `（${r.name}）`}“{e.column}”：{e.message}。可填写：{e.accepted}
                        </label>
                        <span class="batch-fix-row">
                          <input
                            id={`fix-${r.index}-${e.key}`}
                            name="v"
                            defaultValue={r.cells[e.key as keyof RowResult['cells']] ?? ''}
                            aria-invalid="true"
                          />
                          <button type="submit" class="button secondary">
                            重新测算这一行
                          </button>
                        </span>
                      </form>
                    ))}
                  </li>
                ))}
              </ul>
              {errorRows.length > PAGE_SIZE && (
                <p>只列出前 {PAGE_SIZE} 行；改正后其余的行会依次列出，也可以在文件中改正后重新选择文件。</p>
              )}
            </section>
          )}

          <section class="batch-results" aria-labelledby="batch-results-h">
            <h2 id="batch-results-h">每人的结果</h2>
            <div class="batch-filters">
              <span>
                <label for="batch-filter-benefit">待遇</label>
                <select
                  id="batch-filter-benefit"
                  value={benefit}
                  onChange={(e) => {
                    setBenefit(Number((e.currentTarget as HTMLSelectElement).value));
                    setPage(0);
                  }}
                >
                  <option value={-1}>全部待遇</option>
                  {props.benefits.map((b, i) => (
                    <option value={i} key={b.id}>
                      {b.title}（第{b.article}条）
                    </option>
                  ))}
                </select>
              </span>
              <span>
                <label for="batch-filter-verdict">结果</label>
                <select
                  id="batch-filter-verdict"
                  value={verdict}
                  onChange={(e) => {
                    setVerdict((e.currentTarget as HTMLSelectElement).value as Verdict);
                    setPage(0);
                  }}
                >
                  <option value="all">全部</option>
                  <option value="e">{props.statusLabels.e}</option>
                  <option value="c">{props.statusLabels.c}</option>
                  <option value="x">{props.statusLabels.x}</option>
                  <option value="errors">填写有误</option>
                </select>
              </span>
            </div>
            <p aria-live="polite" data-shown={shown.length}>
              符合筛选的有 {shown.length} 行{pages > 1 && `，第 ${page + 1} / ${pages} 页`}。
            </p>
            <table class="batch-table batch-cards">
              <thead>
                <tr>
                  <th scope="col">行号</th>
                  <th scope="col">姓名</th>
                  <th scope="col">结果</th>
                  <th scope="col">确定的金额</th>
                  <th scope="col">待确认的金额</th>
                  <th scope="col">最早可申报技师</th>
                  <th scope="col">详情</th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((r) => (
                  <tr key={r.index} data-line={r.line}>
                    <td data-label="行号">{r.line}</td>
                    <td data-label="姓名">
                      {r.name || '（未填姓名）'}
                      {r.group && <span class="batch-group">{r.group}</span>}
                    </td>
                    {r.errors.length > 0 ? (
                      <td data-label="结果" colSpan={4}>
                        填写有误，未测算：{r.errors.map((e) => `“${e.column}”${e.message}`).join('；')}
                      </td>
                    ) : (
                      <>
                        <td data-label="结果">
                          {props.statusLabels.e} {r.counts[0]} 项，{props.statusLabels.c} {r.counts[1]} 项，
                          {props.statusLabels.x} {r.counts[2]} 项
                        </td>
                        <td data-label="确定的金额" class="num">
                          {yuan(r.certainYuan)}
                        </td>
                        <td data-label="待确认的金额" class="num">
                          {yuan(r.confirmYuan)}
                        </td>
                        <td data-label="最早可申报技师">{r.technicianDate ? dateText(r.technicianDate) : '—'}</td>
                      </>
                    )}
                    <td data-label="详情">
                      {r.checkQuery !== '' && (
                        <a href={`/check/?${r.checkQuery}`} target="_blank" rel="noopener">
                          查看第{r.line}行的详细结果
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {pages > 1 && (
              <p class="batch-pages">
                <button type="button" class="button secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  上一页
                </button>
                <button
                  type="button"
                  class="button secondary"
                  disabled={page >= pages - 1}
                  onClick={() => setPage(page + 1)}
                >
                  下一页
                </button>
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
