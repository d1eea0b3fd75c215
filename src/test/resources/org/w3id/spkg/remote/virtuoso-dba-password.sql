-- Replaces the stock dba password 'dba' with the one virtuoso-start.sh drew ($U{password}).
USER_CHANGE_PASSWORD ('dba', 'dba', '$U{password}');
