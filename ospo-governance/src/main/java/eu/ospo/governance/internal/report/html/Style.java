package eu.ospo.governance.internal.report.html;

/**
 * The page's style sheet and its content-security policy, inlined: the page loads nothing. Colours
 * have one meaning each across the page: red fails, amber warns, green passes, purple is exempted,
 * grey does not apply; organisations take the {@link Palette}'s colours, which avoid red and green.
 */
final class Style {

    /**
     * The content-security policy: no script, no fetch of any kind; inline styles only. Even text
     * that escaped its escaping could not run or load anything.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    static final String CSS = """
            :root{--ink:#1d2330;--muted:#566074;--line:#dde2ea;--bg:#eef1f5;--card:#fff;--fail:#c62828;\
            --warn:#b86e00;--pass:#2e7d32;--exempt:#6a4bb5;--na:#8a94a6;--gap:#c62828}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",\
            sans-serif;color:var(--ink);background:var(--bg)}
            header.top{background:#1d2330;color:#fff;padding:26px 40px 22px}
            header.top h1{margin:0;font-size:30px;letter-spacing:-.01em}
            header.top .sub{color:#c3c9d5;margin-top:4px}
            .verdict{display:inline-block;margin-left:14px;padding:3px 14px;border-radius:999px;font-size:15px;\
            font-weight:700;vertical-align:6px;letter-spacing:.04em}
            .verdict.passed{background:var(--pass)}.verdict.failed{background:var(--fail)}
            .tiles{display:flex;flex-wrap:wrap;gap:12px;margin-top:18px}
            .tile{background:rgba(255,255,255,.09);border-radius:8px;padding:9px 16px;min-width:128px}
            .tile b{display:block;font-size:28px;line-height:1.15}
            .tile span{color:#c3c9d5;font-size:13px}
            .tile.bad b{color:#ff8a80}.tile.warn b{color:#ffcc80}.tile.good b{color:#a5d6a7}
            nav{background:#fff;border-bottom:1px solid var(--line);padding:8px 40px;position:sticky;top:0}
            nav a{color:var(--ink);text-decoration:none;margin-right:22px;font-weight:600;font-size:14px}
            main{padding:4px 40px 40px;max-width:1500px}
            section.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 26px;\
            margin:22px 0}
            section.panel>h2{margin:0;font-size:22px}
            p.lead{color:var(--muted);margin:4px 0 14px;max-width:75em}
            h3{font-size:16px;margin:18px 0 6px}
            h3 .meta{font-weight:400;color:var(--muted);font-size:14px;margin-left:8px}
            .legend{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px;color:var(--muted);margin:6px 0 10px}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:5px}
            .swatch.line{height:0;border-top:2px solid var(--ink);width:16px;vertical-align:3px;border-radius:0}
            .swatch.dash{height:0;border-top:2px dashed var(--ink);width:16px;vertical-align:3px;border-radius:0}
            .swatch.hollow{border:1.5px dashed var(--ink);background:#fff}
            .swatch.light{opacity:.45}
            .swatch.gap{background:repeating-linear-gradient(45deg,var(--gap) 0 2px,#fbe3e3 2px 5px)}
            svg.chart{display:block;width:100%;height:auto;font-size:12px}
            svg.chart text{fill:var(--ink)}
            svg.chart text.muted{fill:var(--muted)}
            svg.chart text.strong{font-weight:700}
            svg.chart text.alert{fill:var(--fail);font-weight:700}
            svg.chart .grid{stroke:#e6e9ef;stroke-width:1}
            svg.chart .axis{stroke:#aab2c0;stroke-width:1}
            svg.chart .today{stroke:var(--ink);stroke-width:2}
            svg.chart .horizon{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:5 4}
            svg.chart .threshold{stroke:var(--ink);stroke-width:2;stroke-dasharray:4 3}
            svg.chart .policy{stroke:var(--fail);stroke-width:1.5;stroke-dasharray:6 3}
            svg.chart .sep{stroke:#fff;stroke-width:1.5}
            table.grid{border-collapse:collapse;width:100%}
            table.grid th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);\
            text-align:left;font-weight:600;padding:6px 8px;border-bottom:2px solid var(--line)}
            table.grid td{padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:middle}
            table.grid td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.effort td.bar{width:38%}
            table.effort td.factor-cell{text-align:center}
            table.effort .total{display:block;color:var(--muted);font-size:13px;white-space:nowrap}
            table.community-time td.bars{width:62%}
            .factor{display:inline-block;min-width:2.2em;text-align:center;font-weight:700;font-size:18px;\
            border-radius:6px;padding:1px 6px;color:#fff}
            .factor.ok{background:var(--pass)}.factor.low{background:var(--fail)}
            .factor small{display:block;font-size:11px;font-weight:400;opacity:.9}
            .chip{display:inline-block;border-radius:4px;padding:0 7px;font-size:12px;font-weight:700;\
            letter-spacing:.03em;color:#fff;white-space:nowrap}
            .chip.fail.error{background:var(--fail)}.chip.fail.warning{background:var(--warn)}\
            .chip.fail.info{background:#3b6fb6}
            .chip.pass{background:var(--pass)}.chip.exempted{background:var(--exempt)}.chip.na{background:var(--na)}
            .chip.error{background:var(--fail)}.chip.warning{background:var(--warn)}.chip.info{background:#3b6fb6}
            .chip.met{background:var(--pass)}.chip.below{background:var(--fail)}
            details.rule{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:0 14px}
            details.rule>summary{padding:10px 0;cursor:pointer;list-style-position:outside}
            details.rule>summary .id{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",monospace;\
            margin:0 8px}
            details.rule>summary .counts{color:var(--muted);font-size:13px;margin-left:6px}
            details.rule p.description{color:var(--muted);margin:0 0 8px}
            ul.findings{list-style:none;padding:0;margin:0 0 12px}
            ul.findings li{padding:7px 0;border-top:1px solid var(--line)}
            ul.findings .where{display:block;margin-top:3px;font-size:13px;color:var(--muted)}
            code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px;background:#eef1f5;\
            padding:1px 5px;border-radius:3px;overflow-wrap:anywhere}
            details.more>summary{color:var(--muted);cursor:pointer;font-size:13px;padding:4px 0}
            details.project>summary{cursor:pointer}
            details.project>summary h3{display:inline-block;margin:14px 0 4px}
            .note{color:var(--muted);font-style:italic}
            table.tenure td:first-child{width:24%}table.tenure small.meta{color:var(--muted)}
            table.tenure tr.no-coder{background:#fdecea}table.tenure p.lost{color:var(--fail);font-weight:600;margin:0}
            a.about{color:#3b6fb6;font-size:13px}
            footer{color:var(--muted);font-size:13px;padding:0 40px 30px}
            @media print{nav{display:none}section.panel{break-inside:avoid}}
            """;

    private Style() {}
}
