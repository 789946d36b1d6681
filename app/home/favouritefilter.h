#pragma once

#include "exerciselibrary.h"

// The home screen's "Favourites": the exercises a person marked, shortest first, without those
// the clinic hid (see ExerciseFilter).
class FavouriteFilter : public ExerciseFilter
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList favourites READ favourites WRITE setFavourites NOTIFY favouritesChanged)

public:
    explicit FavouriteFilter(QObject *parent = nullptr);

    QStringList favourites() const { return m_favourites; }
    void setFavourites(const QStringList &ids);

Q_SIGNALS:
    void favouritesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_favourites;
};
