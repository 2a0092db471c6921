%% Records and macros shared by the tests that use -include.
-record(point, {x = 0, y = 0}).
-record(circle, {center = #point{}, radius = 1.0, label}).
-define(ORIGIN, #point{}).
-define(SQUARE(X), ((X) * (X))).
-define(INCLUDED_FROM, "shapes.hrl").
