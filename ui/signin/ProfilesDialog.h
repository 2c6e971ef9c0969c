#pragma once

#include <QDialog>

class ProfileStore;
class QListWidget;
class QPushButton;
struct AuthProfile;

/**
 * The admin's tenant profiles (consultants keep several): add, edit, remove, and pick the one to use. Profiles are
 * non-secret settings in ProfileStore; removing one also asks the controller to forget its stored sign-in
 * (profileRemoved), because a refresh token nobody can reach any more must not stay in the keychain.
 */
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileStore* store, QWidget* parent = nullptr);

    static QString cloudName(const AuthProfile& profile); // "Global cloud", "US Government (DoD)", a URL

    QString selectedId() const;
    void select(const QString& id);
    void addProfile(); // opens ProfileDialog for a new profile
    void editSelected();
    void removeSelected(); // asks first

signals:
    void profileRemoved(const AuthProfile& profile);
    void profilesChanged();

private:
    void reload(const QString& selectId = {});
    void updateButtons();

    ProfileStore* m_store = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_use = nullptr;
};
