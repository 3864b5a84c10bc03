// Copies an invitation link to the clipboard: <button data-copy="id-of-input">. Without the clipboard API (a page
// served over plain http) the link is selected instead, so the administrator can copy it with the keyboard.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-copy]');
    if (!button) {
        return;
    }
    const input = document.getElementById(button.dataset.copy);
    input.select();
    try {
        await navigator.clipboard.writeText(input.value);
        button.textContent = button.dataset.copied;
    } catch {
        // Left selected for Ctrl+C.
    }
});
