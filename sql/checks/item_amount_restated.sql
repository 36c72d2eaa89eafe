-- title: 同一科目的本年预算数前后写法不一
-- summary: 逐项说明中，科目名称后写的本年金额与紧接着“某年预算安排”所写的金额不同，两处必有一处写错（常见于从上一项复制句子后未改数字）。
-- severity: warning
-- description: The item-by-item explanation of a 预算 ("16. “社会保障和就业支出（类）…职业年金缴费支出（项）”220.63万元，主要用于…。2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算执行数增加60.54%。"): the amount after the 项 label and the fiscal year's "预算安排" amount in the same or the next sentence are one figure written twice. Different, one is wrong — typically the second sentence copied from the item before with its figures left. Read from the sentences' words (spaces and line breaks removed): the extractor keeps the first figure and does not attach the second. Only the document's own fiscal year's 安排 is compared (the year before's is a prior); a next sentence that opens another numbered item is not read. Warning: which of the two is wrong needs the table.
-- grain: one row per item whose label amount and restated 预算安排 differ
-- depends_on: int_text_sentences, stg_documents
with s as (
    select t.doc_id, t.sentence_no, t.sentence_start, t.sentence, regexp_replace(t.sentence, '\s', '', 'g') as bare, d.fiscal_year
    from int_text_sentences as t
    join stg_documents as d using (doc_id)
),

heads as (
    -- an item's opening: its 项 label, then its amount
    select *, regexp_extract(bare, '(（项）|\(项\))[”"]?([0-9,]+(?:\.[0-9]+)?)万元', 2) as head_w
    from s
    where regexp_matches(bare, '(（项）|\(项\))[”"]?[0-9,]+(?:\.[0-9]+)?万元')
),

restated as (
    -- the fiscal year's 安排 in the item's own sentence (after its amount) or the next one, unless that one opens another item
    select h.doc_id, h.sentence_start, h.sentence, h.head_w, n.sentence as next_sentence,
        coalesce(
            nullif(regexp_extract(regexp_replace(h.bare, '^.*?(（项）|\(项\))[”"]?[0-9,.]+万元', ''), h.fiscal_year || '年(?:预算)?安排(?:预算)?(?:为)?([0-9,]+(?:\.[0-9]+)?)万元', 1), ''),
            nullif(regexp_extract(n.bare, h.fiscal_year || '年(?:预算)?安排(?:预算)?(?:为)?([0-9,]+(?:\.[0-9]+)?)万元', 1), '')
        ) as again_w
    from heads as h
    left join s as n on n.doc_id = h.doc_id and n.sentence_no = h.sentence_no + 1
        and not regexp_matches(n.bare, '(（项）|\(项\))[”"]?[0-9,.]+万元')
),

judged as (
    select *,
        try_cast(replace(head_w, ',', '') as DECIMAL(38,6)) as head,
        try_cast(replace(again_w, ',', '') as DECIMAL(38,6)) as again
    from restated
    where again_w is not null
),

final as (
    select
        'item_amount_restated' as rule_id,
        'warning' as severity,
        case when head = again then 'pass' else 'fail' end as status,
        doc_id,
        null as key,
        null as code,
        head as expected,
        again as actual,
        again - head as difference,
        case when head = again then '科目金额 ' || fmt_amount(head) || ' 与“预算安排”所写一致'
             else '科目名称后写作 ' || fmt_amount(head) || ' 万元，随后又写“预算安排 ' || fmt_amount(again) || ' 万元”，同一金额前后不一' end as message,
        cast(sentence_start as INTEGER) as span_start,
        cast(sentence_start + length(sentence) + coalesce(length(next_sentence), 0) as INTEGER) as span_end,
        sentence || coalesce(next_sentence, '') as quote
    from judged
)

select * from final
