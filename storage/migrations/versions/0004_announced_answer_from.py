"""applications.announced_answer_from: the first day of an announced answer window

"la semaine prochaine" is kept as a window: `announced_answer_at` is its last day (I1 waits for
it), `announced_answer_from` its first; empty for a single announced day.

Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0004"
down_revision: str | None = "0003"


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch_op:
        batch_op.add_column(
            sa.Column(
                "announced_answer_from", storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("applications") as batch_op:
        batch_op.drop_column("announced_answer_from")
