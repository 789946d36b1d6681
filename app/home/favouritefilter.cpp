#include "favouritefilter.h"

FavouriteFilter::FavouriteFilter(QObject *parent)
    : ExerciseFilter(parent)
{ }

void FavouriteFilter::setFavourites(const QStringList &ids)
{
    if (ids == m_favourites)
        return;
    m_favourites = ids;
    invalidateFilter();
    Q_EMIT favouritesChanged();
}

bool FavouriteFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_favourites.contains(sourceModel()
                                     ->index(sourceRow, 0, sourceParent)
                                     .data(ExerciseLibrary::IdRole)
                                     .toString())
        && ExerciseFilter::filterAcceptsRow(sourceRow, sourceParent);
}
