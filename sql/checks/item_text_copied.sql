-- title: 逐项说明的用途或原因与本科目不符
-- summary: 逐项说明中，某科目的“主要用于”或“主要原因”写的是另一个科目的名称而不是本科目，或所说原因的增减方向与本项的增减相反，多为从上一项复制文字后未改。
-- severity: warning
-- description: The item-by-item explanation of a 预算 (上海 template: "27. “城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”690.58万元，主要用于城乡社区管理事务一般行政管理事务。…比2022年预算执行数增加…。主要原因是：…经费增加。"). Each item is its 项 label's sentence and the sentences up to the next item (at most three). Two findings: (1) its 主要用于 or 主要原因 text does not contain the item's own 项 name but does contain another item's (款 + 项 name, or a 项 name of five or more characters, so 行政运行 and the like do not count) — text copied from that item; (2) its change is one way (增加/减少 …%) and a reason of the form "…经费/支出/资金 增加|减少" ends the other way — the reason of an item that moved the other way. Read from the sentences' words (spaces and line breaks removed). Warning: a reader confirms which item the text belongs to.
-- grain: one row per item whose explanation names another item or moves the other way
-- depends_on: int_text_sentences
with s as (
    select doc_id, sentence_no, sentence_start, sentence, regexp_replace(sentence, '\s', '', 'g') as bare
    from int_text_sentences
),

heads as (
    select doc_id, sentence_no, sentence_start, sentence, bare,
        regexp_extract(bare, '([^（）“”"]+)(（款）|\(款\))([^（）“”"]+)(（项）|\(项\))', 1) as kuan,
        regexp_extract(bare, '([^（）“”"]+)(（款）|\(款\))([^（）“”"]+)(（项）|\(项\))', 3) as xiang,
        lead(sentence_no) over (partition by doc_id order by sentence_no) as next_head
    from s
    where regexp_matches(bare, '^[0-9]+[.．、]“?[^（）“”"]+(（类）|\(类\))[^（）“”"]+(（款）|\(款\))[^（）“”"]+(（项）|\(项\))”?[0-9,.]+万元')
),

items as (
    -- the item's text: its own sentence and up to three more before the next item
    select h.doc_id, h.sentence_no, h.sentence_start, h.kuan, h.xiang,
        string_agg(x.bare, '' order by x.sentence_no) as body,
        string_agg(x.sentence, '' order by x.sentence_no) as quote
    from heads as h
    join s as x on x.doc_id = h.doc_id and x.sentence_no >= h.sentence_no and x.sentence_no <= h.sentence_no + 3
        and (h.next_head is null or x.sentence_no < h.next_head)
    group by all
),

parts as (
    select *,
        regexp_extract(body, '主要用于[：:]?([^。；]*)', 1) as used_for,
        regexp_extract(body, '主要原因(?:是|为)?[：:]?([^。；]*)', 1) as reason,
        regexp_extract(body, '比[0-9]{4}年[^。]*?(增加|减少|增长|下降)[0-9.]+%', 1) as change_dir
    from items
),

copied as (
    select p.doc_id, p.sentence_no, p.sentence_start, p.quote, p.xiang,
        case when p.used_for <> '' and not contains(p.used_for, p.xiang) and contains(p.used_for, o.kuan || o.xiang) then '主要用于'
             else '主要原因' end as which,
        case when p.used_for <> '' and not contains(p.used_for, p.xiang) and contains(p.used_for, o.kuan || o.xiang) then p.used_for
             else p.reason end as phrase,
        min(o.kuan || '（款）' || o.xiang || '（项）') as other
    from parts as p
    join heads as o on o.doc_id = p.doc_id and o.sentence_no <> p.sentence_no
        and (o.xiang <> p.xiang or o.kuan <> p.kuan)
        and not contains(p.xiang, o.xiang) and not contains(o.xiang, p.xiang)
    where (p.used_for <> '' and not contains(p.used_for, p.xiang) and contains(p.used_for, o.kuan || o.xiang))
       or (p.reason <> '' and not contains(p.reason, p.xiang) and length(o.xiang) >= 5 and contains(p.reason, o.xiang)
           and not contains(p.reason, p.kuan))
    group by all
),

reversed as (
    select doc_id, sentence_no, sentence_start, quote, xiang, change_dir, reason,
        regexp_extract(reason, '(增加|减少)$', 1) as reason_dir
    from parts
    where change_dir <> '' and regexp_matches(reason, '(经费|支出|资金)(增加|减少)$')
      and not regexp_matches(regexp_replace(reason, '(增加|减少)$', ''), '增加|减少|增长|下降|调整|压减|削减|追加|新增')
),

final as (
    select
        'item_text_copied' as rule_id,
        'warning' as severity,
        'fail' as status,
        doc_id,
        null as key,
        null as code,
        null as expected,
        null as actual,
        null as difference,
        xiang || '（项）的“' || which || '”写作“' || phrase || '”，说的是' || other || '，不是本科目' as message,
        cast(sentence_start as INTEGER) as span_start,
        cast(sentence_start + length(quote) as INTEGER) as span_end,
        quote
    from copied
    union all
    select
        'item_text_copied', 'warning', 'fail', doc_id, null, null, null, null, null,
        xiang || '（项）比上年' || (case when change_dir in ('增加', '增长') then '增加' else '减少' end) || '，所述原因却是“' || reason || '”，方向相反',
        cast(sentence_start as INTEGER),
        cast(sentence_start + length(quote) as INTEGER),
        quote
    from reversed
    where (change_dir in ('增加', '增长')) <> (reason_dir = '增加')
)

select * from final
