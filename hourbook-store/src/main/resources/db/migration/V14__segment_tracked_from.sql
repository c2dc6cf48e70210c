-- Where in its 10-minute slot a segment's tracked time begins, in seconds from the slot's start
-- (a session that starts at 12:05 tracks 12:05-12:10 of the 12:00 slot). NULL: from the start.
-- A screenshot's moment must fall inside [slot start + offset, + tracked seconds).
ALTER TABLE segments ADD COLUMN tracked_from_offset INTEGER;
