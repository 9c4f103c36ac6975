"""Reviewing colleagues' files beside one's own: `controller` (colleagues, the snapshot of
differences, decisions as undo steps, agreement in the background), `models` (the
difference list and the agreement figures), `panel` (the Review pane) and `room` (its
place in the window, built when a review is first asked for). What a decision means is
`core.decisions`; reading and aligning their files is `services.reviewing`. Nothing is
imported here, so that the window can hold the room without loading the rest."""
