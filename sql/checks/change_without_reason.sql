-- severity: warning
-- title: 变动未说明原因
-- summary: 文件陈述了非零的增减变动，却没有说明原因；变动所在句及其后三句内有“主要原因”“由于”等说明即视为已说明，上年为零的新增项目只作提示；收支总数的变动若同一节随后逐项说明了各分项变动的原因，也只作提示。
-- description: A non-zero change stated without any reason (主要原因). A reason the extractor did not attach is still a reason: the change's own sentence and up to three sentences after it (never past the next stated change of another amount or the next numbered item; line breaks otherwise ignored) are read for a reason phrase (主要原因/主要是/原因是/由于/因…); found, the change passes. A change whose prior is 0 (a new line: 增加 743.39 of 743.39) is info: the novelty is the reason. The change of a whole budget (收入/支出 totals, 财政拨款, 一般公共预算) is explained by the changes of its lines the same section goes on to give with their reasons: insufficient_data (info), not a finding.
-- grain: one row per stated non-zero change with no reason
-- depends_on: stg_changes, stg_reasons, stg_documents
with c as (
    -- NOTE: the window stops at the next change of another amount: a change restated for the next line ("财政拨款收入
    -- …增加3,355.65万元。支出预算…增加3,355.65万元。…增加的主要原因是项目调整。") shares the reason given after both.
    select c.*,
           (select min(x.span_start) from stg_changes as x
            where x.doc_id = c.doc_id and x.span_start > c.span_start and x.delta <> c.delta) as next_start
    from stg_changes as c
),

windowed as (
    -- The change's sentence and up to three following ones, cut before the next change's sentence and before the
    -- next numbered item ("（三）公务接待费…主要原因是…" gives the reason of its own line, not of the one before) —
    -- unless the items break the changed amount down ("…减少10万元。其中：（一）…主要原因是…": its parts' reasons
    -- are its reasons). A number at a wrapped line's start ("增长\n10.95%") is no item marker: "1." is followed by no digit.
    select *,
           regexp_extract(case when regexp_matches(cut, '其中\s*[：:]\s*$') then stretch else cut end,
               '^(?:[^。！？]*[。！？]){0,4}[^。！？]*', 0) as around
    from (
        select *,
               regexp_replace(stretch,
                   '\n[ \t　]*(?:（[一二三四五六七八九十0-9]+）|\([一二三四五六七八九十0-9]+\)|[一二三四五六七八九十]+、|[0-9]+[．、]|[0-9]+\.[^0-9])[\s\S]*$', '') as cut
        from (
            select c.*,
                   substring(d.text, c.span_start + 1, least(coalesce(c.next_start, c.span_end + 400), c.span_end + 400) - c.span_start) as stretch
            from c
            join documents as d using (doc_id)
            where c.delta <> 0
              and not exists (select 1 from stg_reasons as r where r.doc_id = c.doc_id and r.change_id = c.change_id)
        )
    )
),

total_keys as (
    select unnest(['income.total', 'income.fiscal', 'income.general_budget', 'income.current_year', 'expenditure.total', 'expenditure.general_budget', 'expenditure.fiscal']) as key
),

block as (
    -- The rest of the change's top-level section: up to the next "二、" / "第三部分" heading (a "（一）" list that
    -- follows "其中：" belongs to the total it breaks down), at most 1,500 characters.
    select w.doc_id, w.change_id,
           w.span_end + length(regexp_replace(substring(d.text, w.span_end + 1, 1500),
               '\n[ \t　]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)[\s\S]*$', '')) as block_end
    from windowed as w
    join documents as d using (doc_id)
),

explained_parts as (
    -- A total whose change the same passage goes on to explain line by line: a change of a line of the budget (a
    -- function line, 基本 or 项目 spending, a line's items) stated after it, before the next section, has a reason.
    select distinct w.doc_id, w.change_id
    from windowed as w
    join block as b using (doc_id, change_id)
    join stg_changes as c on c.doc_id = w.doc_id and c.span_start > w.span_end and c.span_start < b.block_end
    join stg_reasons as r on r.doc_id = c.doc_id and r.change_id = c.change_id
    where c.key in ('expenditure.function', 'expenditure.basic', 'expenditure.project', 'function_detail', 'project.item')
),

judged as (
    select w.*,
           -- A reason phrase broken by a line break ("主要原\n因是") is still one.
           regexp_matches(regexp_replace(coalesce(around, '') || coalesce(quote, ''), '\s', '', 'g'), '主要原因|主要是|原因是|原因为|原因：|原因:|主要由于|由于|因为|系因|是因|主要系') as reason_in_text,
           current is not null and delta = current as is_new,
           -- NOTE: "收入预算15621.11万元，其中：财政拨款收入…比2023年预算减少876.75万元" — the change of a whole budget
           -- is explained by the changes of its lines the document goes on to give with their reasons.
           w.key in (select key from total_keys) and e.doc_id is not null as explained_by_parts
    from windowed as w
    left join explained_parts as e using (doc_id, change_id)
),

final as (
    select
        'change_without_reason' as rule_id,
        case when is_new or explained_by_parts then 'info' else 'warning' end as severity,
        case when reason_in_text then 'pass' when explained_by_parts then 'insufficient_data' else 'fail' end as status,
        doc_id,
        key,
        code,
        null as expected,
        delta as actual,
        null as difference,
        coalesce(label, key) || ' 较 ' || coalesce(compare_year::VARCHAR, '上年') || ' 年变动 ' || fmt_amount(delta)
            || (case when reason_in_text then '，其后文字说明了原因' when explained_by_parts then '，为收支总数，原因见其后各分项的说明'
                     when is_new then '，为新增项目，未说明原因' else '，未说明原因' end) as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
