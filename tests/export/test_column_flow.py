from boligsocial_desktop.pdf.column_flow import Block, flow_into_columns, overflows


def block(height, space_before=0.0, keep_with_next=False, name=""):
    b = Block(height, space_before, lambda c, x, top: None, keep_with_next)
    b.name = name
    return b


def names(columns):
    return [[getattr(b, "name", "") for b, _ in column] for column in columns]


def test_blocks_fill_a_column_then_the_next():
    blocks = [block(40, name=str(i)) for i in range(5)]
    columns = flow_into_columns(blocks, 100)
    assert names(columns) == [["0", "1"], ["2", "3"], ["4"]]
    assert [offset for _, offset in columns[0]] == [0, 40]


def test_space_before_is_dropped_at_the_top_of_a_column():
    columns = flow_into_columns(
        [block(50, 10, name="a"), block(30, 10, name="b"), block(30, 10, name="c")], 100
    )
    assert [[offset for _, offset in col] for col in columns] == [[0, 60], [0]]


def test_heading_moves_to_the_next_column_with_its_first_entry():
    blocks = [
        block(70, name="entry"),
        block(10, keep_with_next=True, name="heading"),
        block(30, name="next"),
    ]
    assert names(flow_into_columns(blocks, 100)) == [["entry"], ["heading", "next"]]


def test_entry_starting_a_column_gets_the_continued_heading():
    heading = block(10, name="tirsdag (fortsat)")
    entries = [block(45, name=f"e{i}") for i in range(3)]
    for e in entries:
        e.continued_heading = heading
    assert names(flow_into_columns(entries, 100)) == [["e0", "e1"], ["tirsdag (fortsat)", "e2"]]


def test_overflow_only_when_a_block_is_taller_than_a_column():
    assert not overflows(flow_into_columns([block(100)], 100), 100)
    assert overflows(flow_into_columns([block(120)], 100), 100)
