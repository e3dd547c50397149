import type { Rating } from "../domain/verdict.js"

/**
 * The report's one stylesheet, inlined (a published report must not depend on assets the desk
 * would have to host). Every rule is under `.crb`, so the embeddable fragment can carry the same
 * sheet into an article page without restyling the page around it.
 *
 * Badge colours are dark text on a light tint (contrast ratio over 7:1) and every badge also
 * has words and a symbol, so a rating is never told by colour alone, on screen or in print.
 */
const badge: Record<Rating, { fg: string; bg: string }> = {
  verified: { fg: "#0b5a1f", bg: "#e3f3e7" },
  altered: { fg: "#6b1a7a", bg: "#f5e6f7" },
  unverified: { fg: "#5c4000", bg: "#fff1cc" },
  contradicted: { fg: "#9b1118", bg: "#fde6e6" },
  unavailable: { fg: "#2f3b42", bg: "#eceff1" },
  "needs-review": { fg: "#0d3f8f", bg: "#e2effc" }
}

const badgeRules = (Object.keys(badge) as Array<Rating>)
  .map((r) => `.crb .crb-badge--${r}{color:${badge[r].fg};background:${badge[r].bg};border-color:${badge[r].fg}}`)
  .join("\n")

export const reportCss = `
.crb{--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c8c8c8;--link:#0a4fa3;--mark:#fff0a8;
  color:var(--ink);background:#fff;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
  max-width:50rem;margin:0 auto;padding:1rem;overflow-wrap:break-word;-webkit-text-size-adjust:100%}
.crb *,.crb *::before,.crb *::after{box-sizing:border-box}
.crb.crb-embed{margin:1.5rem 0;padding:0}
.crb h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .75rem}
.crb h2{font-size:1.3rem;line-height:1.3;margin:1.5rem 0 .5rem}
.crb .crb-title{font-size:1.15rem;line-height:1.4;font-weight:650;margin:0 0 .5rem}
.crb .crb-sub{font-size:1.05rem;font-weight:700;margin:1.1rem 0 .4rem}
.crb .crb-source-title{font-size:1rem;font-weight:700;margin:0 0 .3rem;overflow-wrap:anywhere}
.crb a{color:var(--link);text-decoration:underline;text-underline-offset:2px}
.crb a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.crb p{margin:.4rem 0}
.crb ul,.crb ol{padding-left:1.25rem;margin:.4rem 0}
.crb .crb-skip{position:absolute;left:-999rem}
.crb .crb-skip:focus{position:static}
.crb .crb-vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.crb .crb-masthead{border-bottom:2px solid var(--ink);padding-bottom:.75rem;margin-bottom:1rem}
.crb .crb-desk{font-weight:700;text-transform:uppercase;letter-spacing:.04em;font-size:.85rem;color:var(--muted);margin:0}
.crb .crb-notice{border-left:4px solid var(--muted);padding:.4rem .75rem;background:#f4f4f4}
.crb table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
.crb th,.crb td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top}
.crb td:first-child{overflow-wrap:anywhere}
.crb .crb-num{text-align:right;white-space:nowrap}
.crb .crb-badge{display:inline-block;border:2px solid;border-radius:.3rem;padding:.05rem .45rem;font-weight:700;
  font-size:.9rem;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
${badgeRules}
.crb .crb-claim{border:1px solid var(--rule);border-radius:.5rem;padding:1rem;margin:1.25rem 0;scroll-margin-top:1rem}
.crb .crb-kind{display:block;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.crb .crb-verdict{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.crb .crb-evidence{list-style:none;padding:0}
.crb .crb-source{border-top:1px solid var(--rule);padding:.75rem 0}
.crb .crb-finding{margin:.2rem 0 .4rem}
.crb blockquote{margin:.5rem 0;padding:.5rem .75rem;background:#f7f7f7;border-left:4px solid var(--muted);font-style:normal}
.crb mark{background:var(--mark);color:inherit;padding:0 .1em;border-bottom:2px solid #8a6d00}
.crb del{text-decoration:line-through 2px;color:#8a1016;background:#fde6e6}
.crb ins{text-decoration:underline 2px;color:#0b4a1b;background:#e3f3e7}
.crb del::before,.crb del::after,.crb ins::before,.crb ins::after{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.crb del::before{content:" [the source's words, changed or left out: "}
.crb ins::before{content:" [the quote's words, not in the source: "}
.crb del::after,.crb ins::after{content:"] "}
.crb dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.2rem .75rem;margin:.5rem 0;font-size:.92rem}
.crb dt{font-weight:600;color:var(--muted)}
.crb dd{margin:0;min-width:0;overflow-wrap:anywhere}
.crb code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
.crb .crb-note{color:var(--muted);font-size:.92rem}
.crb .crb-legend dt{color:var(--ink)}
.crb footer{border-top:1px solid var(--rule);margin-top:2rem;padding-top:.75rem;color:var(--muted);font-size:.9rem}
@media (max-width:30rem){
  .crb{padding:.75rem}
  .crb h1{font-size:1.35rem}
  .crb .crb-claim{padding:.75rem;margin:1rem -.25rem}
  .crb dl{grid-template-columns:1fr;gap:0}
  .crb dd{margin-bottom:.35rem}
  .crb th,.crb td{padding:.35rem .25rem}
  .crb td .crb-badge{white-space:normal}
}
@media print{
  .crb{max-width:none;padding:0;font-size:10.5pt;color:#000}
  .crb .crb-skip,.crb nav{display:none}
  .crb .crb-claim{border:none;border-top:2px solid #000;border-radius:0;padding:.5rem 0;break-inside:auto}
  .crb .crb-source,.crb .crb-claim-head{break-inside:avoid}
  .crb h2,.crb .crb-title,.crb .crb-sub,.crb .crb-source-title{break-after:avoid}
  .crb a{color:#000}
  .crb a.crb-ext[href]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
  .crb mark,.crb del,.crb ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim()

/** Page-level rules the fragment must not impose on the page it is embedded in. */
export const pageCss = "html{background:#fff}body{margin:0}"
