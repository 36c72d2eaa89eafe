-- title: 决算说明逐项金额之和与总数不符
-- summary: 决算说明先写财政拨款支出的年初预算和支出决算总数，再逐项列出各科目的年初预算和支出决算；逐项之和与总数相差在尾数范围内却不相等，说明总数或某一项写错了。
-- severity: warning
-- description: The 决算 template's "财政拨款支出决算具体情况": a total sentence ("…财政拨款支出年初预算为 X 万元，支出决算为 Y 万元") followed by one sentence per 项 ("…（项）。年初预算为 x 万元，支出决算为 y 万元"). The items' 年初预算 and 支出决算 are summed (the items after a total, up to the next total sentence) and compared with the total's at the precision written (identity_verdict). A gap within what rounding of the n + 1 figures could make is reported (warning: as printed the list does not add up, a 尾数 slip); an exact match passes; a larger gap is not judged (insufficient_data, info), since a document may list only its main items. Read from the sentences' words with line breaks and spaces removed (a PDF text layer breaks "年\n初预算"), so it needs no extracted fact: the item amounts are not facts. A total is a sentence whose words before 年初预算 end in 支出 (and name no 项); an item's sentence starts with 年初预算 or has only its （项） label before it.
-- grain: one row per total sentence × measure (年初预算, 支出决算) with at least two items after it
-- depends_on: int_text_sentences
with s as (
    select doc_id, sentence_no, sentence_start, sentence,
        regexp_replace(sentence, '\s', '', 'g') as bare
    from int_text_sentences
    where regexp_matches(regexp_replace(sentence, '\s', '', 'g'), '年初预算数?为[0-9,.]+万元[，,]支出决算数?为[0-9,.]+万元')
),

parsed as (
    select s.*,
        regexp_extract(bare, '^(.*?)年初预算数?为', 1) as prefix,
        regexp_extract(bare, '年初预算数?为([0-9,.]+)万元', 1) as budget_w,
        regexp_extract(bare, '年初预算数?为[0-9,.]+万元[，,]支出决算数?为([0-9,.]+)万元', 1) as final_w
    from s
),

kinded as (
    select *,
        case
            when regexp_matches(prefix, '支出$') and not regexp_matches(prefix, '（项）|\(项\)') then 'total'
            when prefix = '' or regexp_matches(prefix, '(（项）|\(项\))[。：:]?$') then 'item'
        end as kind,
        try_cast(replace(budget_w, ',', '') as DECIMAL(38,6)) as budget,
        try_cast(replace(final_w, ',', '') as DECIMAL(38,6)) as final
    from parsed
),

totals as (
    select doc_id, sentence_no, sentence_start, sentence, budget, final, budget_w, final_w,
        lead(sentence_no) over (partition by doc_id order by sentence_no) as next_total
    from kinded
    where kind = 'total'
),

items as (
    select t.doc_id, t.sentence_no as total_no,
        count(*) as n,
        sum(i.budget) as budget_sum,
        sum(i.final) as final_sum,
        max(greatest(coalesce(scale_of(i.budget_w), 0), coalesce(scale_of(i.final_w), 0))) as dec,
        string_agg(fmt_amount(i.budget), ' + ' order by i.sentence_no) as budget_parts,
        string_agg(fmt_amount(i.final), ' + ' order by i.sentence_no) as final_parts
    from totals as t
    join kinded as i on i.doc_id = t.doc_id and i.kind = 'item'
        and i.sentence_no > t.sentence_no and (t.next_total is null or i.sentence_no < t.next_total)
        -- the items follow their total within its section (a 项 list is at most a few dozen sentences long)
        and i.sentence_no <= t.sentence_no + 120
    where i.budget is not null and i.final is not null
    group by all
    having count(*) >= 2
),

measures as (
    select t.doc_id, t.sentence_start, t.sentence, i.n, '年初预算' as measure, 'budget_initial' as m,
        t.budget as stated, i.budget_sum as parts, i.budget_parts as parts_written,
        greatest(i.dec, coalesce(scale_of(t.budget_w), 0)) as dec
    from totals as t join items as i on i.doc_id = t.doc_id and i.total_no = t.sentence_no
    union all
    select t.doc_id, t.sentence_start, t.sentence, i.n, '支出决算', 'actual',
        t.final, i.final_sum, i.final_parts,
        greatest(i.dec, coalesce(scale_of(t.final_w), 0))
    from totals as t join items as i on i.doc_id = t.doc_id and i.total_no = t.sentence_no
),

judged as (
    select *, identity_verdict(stated, parts, dec, n) as verdict from measures
),

final as (
    select
        'final_items_sum' as rule_id,
        listed_parts_severity(verdict) as severity,
        listed_parts_status(verdict) as status,
        doc_id,
        'expenditure.total' as key,
        null as code,
        stated as expected,
        parts as actual,
        parts - stated as difference,
        case verdict
            when 'pass' then '逐项' || measure || '之和 ' || fmt_amount(parts) || ' 与总数 ' || fmt_amount(stated) || ' 相符'
            when 'rounding' then '所列 ' || n || ' 项的' || measure || '之和为 ' || parts_written || ' = ' || fmt_amount(parts)
                || '，总数写作 ' || fmt_amount(stated) || '，相差 ' || fmt_amount(abs(parts - stated)) || '（在尾数误差范围内）'
            else '所列 ' || n || ' 项的' || measure || '之和 ' || fmt_amount(parts) || ' 与总数 ' || fmt_amount(stated)
                || ' 相差较大，可能只列了主要科目，未核对'
        end as message,
        cast(sentence_start as INTEGER) as span_start,
        cast(sentence_start + length(sentence) as INTEGER) as span_end,
        sentence as quote
    from judged
)

select * from final
