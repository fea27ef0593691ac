-- A unit's short name ("Sở TT&TT", "TP Hạ Long") for the places with little room, such as the dashboard's heatmap
-- rows; optional: null shows the code instead.
alter table unit add column short_name varchar(50);
