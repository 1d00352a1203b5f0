import { DOMAIN_LABELS, ITEM_STATUS_LABELS } from '../../../../../db/reference/checklists';
import type { ChecklistDetail, ChecklistItem } from '../checklistTypes';
import { groupByDomain } from '../groupByDomain';

export type PrintLanguage = 'zh' | 'en' | 'both';

/**
 * The printed text is in the investor's chosen language, not the interface's: labels come from the reference
 * lists' own zh / en names, the same ones the .xlsx export uses, so paper and workbook say the same thing.
 */
const HEAD = {
  zh: { title: '外资企业服务清单', item: '事项', agency: '办理机关', materials: '所需材料', limit: '时限', status: '状态', due: '到期', days: '个工作日', date: '日期' },
  en: { title: 'Service checklist', item: 'Procedure', agency: 'Agency', materials: 'Materials', limit: 'Time limit', status: 'Status', due: 'Due', days: 'working days', date: 'Date' },
};

type Lang = 'zh' | 'en';

function text(item: ChecklistItem, lang: Lang) {
  return {
    title: lang === 'zh' ? item.titleZh : item.titleEn,
    agency: lang === 'zh' ? item.agencyZh : item.agencyEn || item.agencyZh,
    materials: item.materials.map((m) => (lang === 'zh' ? m.name : m.nameEn || m.name)).join(lang === 'zh' ? '；' : '; '),
  };
}

function both<T>(language: PrintLanguage, render: (lang: Lang) => T): T[] {
  return language === 'both' ? [render('zh'), render('en')] : [render(language)];
}

export function PrintTable({ detail, language }: { detail: ChecklistDetail; language: PrintLanguage }) {
  const langs: Lang[] = language === 'both' ? ['zh', 'en'] : [language];
  const first = HEAD[langs[0] ?? 'zh'];
  return (
    <article className="cl-print-sheet">
      <h1>{both(language, (l) => HEAD[l].title).join(' / ')}</h1>
      <p className="cl-print-sub">
        {detail.enterpriseName} · {detail.checklist.title} · {first.date} {detail.asOf}
      </p>
      {groupByDomain(detail.items).map((group) => (
        <section key={group.domain}>
          <h2>{both(language, (l) => DOMAIN_LABELS[group.domain][l]).join(' / ')}</h2>
          <table className="cl-print-table">
            <thead>
              <tr>
                <th className="cl-print-no">#</th>
                {langs.map((l) => (
                  <th key={`i${l}`}>{HEAD[l].item}</th>
                ))}
                {langs.map((l) => (
                  <th key={`a${l}`}>{HEAD[l].agency}</th>
                ))}
                {langs.map((l) => (
                  <th key={`m${l}`}>{HEAD[l].materials}</th>
                ))}
                <th>{both(language, (l) => HEAD[l].limit).join(' / ')}</th>
                <th>{both(language, (l) => HEAD[l].status).join(' / ')}</th>
                <th>{both(language, (l) => HEAD[l].due).join(' / ')}</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item, index) => (
                <tr key={item.id}>
                  <td className="cl-print-no">{index + 1}</td>
                  {langs.map((l) => (
                    <td key={`i${l}`}>{text(item, l).title}</td>
                  ))}
                  {langs.map((l) => (
                    <td key={`a${l}`}>{text(item, l).agency}</td>
                  ))}
                  {langs.map((l) => (
                    <td key={`m${l}`}>{text(item, l).materials}</td>
                  ))}
                  <td>{both(language, (l) => `${item.timeLimitDays} ${HEAD[l].days}`).join(' / ')}</td>
                  <td>{both(language, (l) => ITEM_STATUS_LABELS[item.status][l]).join(' / ')}</td>
                  <td>{item.doneOn ?? item.dueOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
