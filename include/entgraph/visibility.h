/* entgraph/visibility.h - symbol visibility for the public API. */
#ifndef ENTGRAPH_VISIBILITY_H
#define ENTGRAPH_VISIBILITY_H

#if defined(EG_BUILDING_LIBRARY) && defined(__GNUC__)
#define EG_API __attribute__((visibility("default")))
#else
#define EG_API
#endif

#endif
