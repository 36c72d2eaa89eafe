-- severity: warning
-- title: 变动未说明原因
-- summary: 文件陈述了非零的增减变动，却没有说明原因；变动所在句及其后三句内有“主要原因”“由于”等说明即视为已说明，上年为零的新增项目只作提示。
-- description: A non-zero change stated without any reason (主要原因). A reason the extractor did not attach is still a reason: the change's own sentence and up to three sentences after it (never past the next stated change) are read for a reason phrase (主要原因/主要是/原因是/由于/因…); found, the change passes. A change whose prior is 0 (a new line: 增加 743.39 of 743.39) is info: the novelty is the reason.
-- grain: one row per stated non-zero change with no reason
-- depends_on: stg_changes, stg_reasons, stg_documents
with c as (
    select c.*,
           lead(c.span_start) over (partition by c.doc_id order by c.span_start, c.change_id) as next_start
    from stg_changes as c
),

windowed as (
    -- The change's sentence and up to three following ones, cut before the next change's sentence.
    select c.*,
           regexp_extract(
               substring(d.text, c.span_start + 1, least(coalesce(c.next_start, c.span_end + 400), c.span_end + 400) - c.span_start),
               '^(?:[^。！？]*[。！？]){0,4}[^。！？]*', 0) as around
    from c
    join documents as d using (doc_id)
    where c.delta <> 0
      and not exists (select 1 from stg_reasons as r where r.doc_id = c.doc_id and r.change_id = c.change_id)
),

judged as (
    select *,
           regexp_matches(coalesce(around, '') || coalesce(quote, ''), '主要原因|主要是|原因是|原因为|原因：|原因:|主要由于|由于|因为|系因|是因|主要系') as reason_in_text,
           current is not null and delta = current as is_new
    from windowed
),

final as (
    select
        'change_without_reason' as rule_id,
        case when is_new then 'info' else 'warning' end as severity,
        case when reason_in_text then 'pass' else 'fail' end as status,
        doc_id,
        key,
        code,
        null as expected,
        delta as actual,
        null as difference,
        coalesce(label, key) || ' 较 ' || coalesce(compare_year::VARCHAR, '上年') || ' 年变动 ' || fmt_amount(delta)
            || (case when reason_in_text then '，其后文字说明了原因' when is_new then '，为新增项目，未说明原因' else '，未说明原因' end) as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
