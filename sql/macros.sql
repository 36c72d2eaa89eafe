-- Macros shared by models and checks; the runner creates them before any model.
-- fmt_amount: an exact decimal as people write it, trailing zeros dropped (3422.230000 → 3422.23, 0.000000 → 0).
create or replace macro fmt_amount(x) as
    case when x is null then '—' when x = 0 then '0' else rtrim(rtrim(cast(x as varchar), '0'), '.') end;
-- scale_of: decimals of an amount as written ("2.1" → 1, "3422.23" → 2, "0" → 0).
create or replace macro scale_of(s) as
    case when strpos(s, '.') = 0 then 0 else length(s) - strpos(s, '.') end;
-- agrees: whether `exact` rounded to the decimals of `stated_text` equals the stated amount.
create or replace macro agrees(stated, stated_text, exact) as
    abs(cast(stated as DECIMAL(38,6)) - cast(exact as DECIMAL(38,6))) * pow(10, scale_of(stated_text))::DECIMAL(38,0) <= 0.5;
