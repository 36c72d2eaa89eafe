-- title: 所列各分项增减额之和与总增减额不符
-- summary: 一句话先写总数比上年增加或减少多少，再以“其中”逐项列出各分项的增减额；各分项增减额之和与总增减额相差在尾数范围内却不相等，说明某个增减额写错了。
-- severity: warning
-- description: "收入预算减少 32,298.02 万元，其中一般公共预算收入减少 31,847.8 万元，…，上级补助收入增加 3,403 万元，…" — the changes a sentence lists after 其中 are summed with their signs (增加/增长 +, 减少/下降 −) and compared with the change stated just before 其中, at the precision written (identity_verdict). Complements change_components_sum, which needs every part extracted as a fact: here the list is read from the sentence's own words (spaces and line breaks removed), so it works where the extractor does not name the parts. A gap within rounding of the n + 1 figures is a warning; an exact sum passes; a larger gap is not judged (info: 其中 may list only some parts). Where a sentence nests one breakdown in another, the last (innermost) 其中 list is read; its text stops at a reason phrase. At least two listed changes.
-- grain: one row per sentence with a change followed by a 其中 list of at least two changes
-- depends_on: int_text_sentences
with s as (
    select doc_id, sentence_no, sentence_start, sentence, regexp_replace(sentence, '\s', '', 'g') as bare
    from int_text_sentences
    where regexp_matches(regexp_replace(sentence, '\s', '', 'g'), '(增加|减少|增长|下降)[0-9,.]+万元[，,]?其中[：:]?.*(增加|减少|增长|下降)[0-9,.]+万元.*(增加|减少|增长|下降)[0-9,.]+万元')
),

split as (
    select s.*,
        -- The last change followed by 其中 in the sentence: an outer total whose parts are themselves broken down
        -- ("减少 A 万元，其中：1.收入预算减少 B 万元，其中…") is judged on the innermost list. The list ends where a
        -- reason begins (its figures are not parts).
        regexp_extract(bare, '^(.*(增加|减少|增长|下降)[0-9,.]+万元)[，,]?其中[：:]?', 1) as head,
        regexp_replace(regexp_extract(bare, '^.*(增加|减少|增长|下降)[0-9,.]+万元[，,]?其中[：:]?(.*)$', 2),
            '(主要原因|原因是|原因为|主要是|由于|因为).*$', '') as list
    from s
),

total as (
    select *,
        regexp_extract(head, '(增加|减少|增长|下降)([0-9,.]+)万元$', 1) as t_dir,
        regexp_extract(head, '(增加|减少|增长|下降)([0-9,.]+)万元$', 2) as t_w
    from split
    where list <> '' and not regexp_matches(list, '其中')
),

parts as (
    select doc_id, sentence_no, unnest(regexp_extract_all(list, '(?:增加|减少|增长|下降)[0-9,.]+万元')) as p,
        generate_subscripts(regexp_extract_all(list, '(?:增加|减少|增长|下降)[0-9,.]+万元'), 1) as i
    from total
),

summed as (
    select doc_id, sentence_no, count(*) as n,
        sum(case when regexp_matches(p, '^(减少|下降)') then -1 else 1 end
            * try_cast(replace(regexp_extract(p, '([0-9,.]+)万元', 1), ',', '') as DECIMAL(38,6))) as parts,
        max(scale_of(replace(regexp_extract(p, '([0-9,.]+)万元', 1), ',', ''))) as dec,
        string_agg(case when regexp_matches(p, '^(减少|下降)') then '−' else '+' end
            || fmt_amount(try_cast(replace(regexp_extract(p, '([0-9,.]+)万元', 1), ',', '') as DECIMAL(38,6))), ' ' order by i) as written,
        count(try_cast(replace(regexp_extract(p, '([0-9,.]+)万元', 1), ',', '') as DECIMAL(38,6))) as n_read
    from parts
    group by all
    having count(*) >= 2
),

judged as (
    select t.doc_id, t.sentence_start, t.sentence, s.n, s.parts, s.written,
        (case when t.t_dir in ('减少', '下降') then -1 else 1 end) * try_cast(replace(t.t_w, ',', '') as DECIMAL(38,6)) as stated,
        greatest(s.dec, scale_of(replace(t.t_w, ',', ''))) as dec,
        s.n_read = s.n as readable
    from total as t
    join summed as s using (doc_id, sentence_no)
),

verdicts as (
    select *, case when readable and stated is not null then identity_verdict(stated, parts, dec, n) else 'insufficient_data' end as verdict
    from judged
),

final as (
    select
        'change_list_sum' as rule_id,
        listed_parts_severity(verdict) as severity,
        listed_parts_status(verdict) as status,
        doc_id,
        null as key,
        null as code,
        stated as expected,
        parts as actual,
        parts - stated as difference,
        case verdict
            when 'pass' then '所列 ' || n || ' 项增减额之和 ' || fmt_amount(parts) || ' 与总增减额 ' || fmt_amount(stated) || ' 相符'
            when 'rounding' then '所列 ' || n || ' 项增减额（' || written || '）之和为 ' || fmt_amount(parts) || '，总增减额写作 '
                || fmt_amount(stated) || '，相差 ' || fmt_amount(abs(parts - stated)) || '（在尾数误差范围内）'
            else '所列 ' || n || ' 项增减额之和 ' || coalesce(fmt_amount(parts), '—') || ' 与总增减额 ' || coalesce(fmt_amount(stated), '—')
                || ' 不等，“其中”可能只列了部分分项，未核对'
        end as message,
        cast(sentence_start as INTEGER) as span_start,
        cast(sentence_start + length(sentence) as INTEGER) as span_end,
        sentence as quote
    from verdicts
)

select * from final
